def f(a, b, c):
    return a + b + c
args = [1, 2, 3]
print(f(*args), f(1, *[2, 3]), f(**{"a": 1, "b": 2, "c": 3}))
print(*["x", "y"], sep="-")
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1], 2))
