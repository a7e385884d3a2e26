config = {"name": "my-model", "stage": "staging"}
for key in sorted(config):
    print(key.upper(), "=", config[key].capitalize())
print(",".join(f"{k}={v}" for k, v in config.items()))
