def nothing():
    pass
def pair():
    return 1, 2
def early(x):
    if x:
        return "early"
    return "late"
print(nothing(), pair(), early(1), early(0))
a, b = pair()
print(a + b)
