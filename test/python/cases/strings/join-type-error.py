parts = ["v", 1, "x"]
print(", ".join(parts))
