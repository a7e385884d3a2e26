class A:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
a = A()
print(a.v)
a.v = 3
