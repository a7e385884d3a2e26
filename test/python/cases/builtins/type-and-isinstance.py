values = [1, 1.5, "s", True, None, [1], (1,), {"a": 1}, {1}, range(2), len]
print([type(v).__name__ for v in values])
print(isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, int)), type(1) is int, type("s") == str)
print(int, str, type(None), type(type))
