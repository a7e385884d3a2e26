t = (1, "two", 3.0)
print(t, t[1], t[-1], len(t), t.count(1), t.index("two"), t + (4,), t * 2)
a, b, c = t
print(a, b, c)
single = (5,)
print(single, type(single).__name__, (), tuple([1, 2]), tuple("ab"))
print((1, 2) < (1, 3), max((3, "c"), (1, "a")))
