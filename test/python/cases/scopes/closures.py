def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(3)]
print([m(10) for m in make_multipliers()])
