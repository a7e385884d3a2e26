print(int("42"), int(" 7 "), int(3.99), int(True), int("ff", 16), int("0b101", 0), float("1.5"), float(2), str(3.0), bool(""), bool("0"))
print(list("abc"), tuple([1, 2]), set("aab") == {"a", "b"}, dict([(1, 2)]), list({"x": 1}), list(range(3)))
print(str([1, "a"]), str({"k": (1,)}), str(None), repr(1.0), int(-0.5))
