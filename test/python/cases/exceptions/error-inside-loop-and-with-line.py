data = {"a": 1, "b": 2}
total = 0
for key in ["a", "b", "c"]:
    total += data[key]
