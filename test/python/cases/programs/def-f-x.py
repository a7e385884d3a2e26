def f(x):
    if x > 0:
        return "pos"
    elif x < 0:
        return "neg"
print(f(1), f(-1), f(0))
