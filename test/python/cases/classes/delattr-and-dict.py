class A:
    pass
a = A()
a.x = 1
print(a.__dict__, hasattr(a, "x"), getattr(a, "y", 0))
del a.x
print(a.__dict__)
print(a.x)
