models = [("b", 3), ("a", 1), ("c", 2)]
print(sorted(models), sorted(models, key=lambda m: m[1]), sorted(models, key=lambda m: -m[1]))
add = lambda x, y=10: x + y
print(add(1), add(1, 2), (lambda: "no args")())
print(list(map(lambda v: v * 2, [1, 2])), list(filter(lambda v: v % 2, range(6))), list(filter(None, [0, 1, "", "a"])))
print(max(models, key=lambda m: m[1]), min("bca"), max(3, 7, 5), min([], default="empty"))
