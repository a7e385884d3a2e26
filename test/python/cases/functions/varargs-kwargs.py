def f(a, *args, key=None, **kwargs):
    print(a, args, key, kwargs)
f(1)
f(1, 2, 3)
f(1, key="k", extra=True)
def g(*, only):
    return only
print(g(only=5))
def h(x, /, y):
    return x + y
print(h(1, y=2))
