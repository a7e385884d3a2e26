d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop("a"), d.pop("zz", "default"), d)
print(d.setdefault("b", 100), d.setdefault("e", 5), d)
d.update({"b": 20}, f=6)
d.update([("g", 7)])
print(d)
print("b" in d, "zz" in d, d.popitem(), d)
e = dict(x=1, y=2)
print(e, dict([("k", "v")]), dict(zip("ab", range(2))), dict.fromkeys(["p", "q"], 0))
print({**d, "new": 1}, d | {"b": -1})
