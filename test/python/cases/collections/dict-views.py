d = {"a": 1, "b": 2}
keys = d.keys()
d["c"] = 3
print(keys, len(keys), "a" in keys, list(d.values()), sorted(d.items(), reverse=True))
for k, v in d.items():
    print(k, v, end="; ")
print()
print(list(reversed(d)), sorted({k for k in d}), dict(sorted(d.items(), key=lambda kv: -kv[1])))
