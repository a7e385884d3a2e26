text = "name=my-model;version=3;stage=Staging"
parts = dict(p.split("=") for p in text.split(";"))
print(parts, parts["version"].isdigit(), int(parts["version"]) + 1)
