class A:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return self.x == other.x
print(A(1) == A(1), A(1) != A(2), A(1) in [A(1)])
print({A(1)})
