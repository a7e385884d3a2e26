s = "MLflow Model Registry"
print(s.lower().replace(" ", "-"), s.split()[1][::-1], s.find("Model"), s[7:12], s.startswith("ML"))
