class A:
    x = 1
    def show(cls):
        return cls.x
    show = classmethod(show)
print(A.show(), A().show())
