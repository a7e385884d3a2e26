x = 1
def f(a):
    b = 2
    print(sorted(locals()), dir())
f(0)
print("x" in globals(), "f" in dir(), globals()["x"])
