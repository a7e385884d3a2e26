class A:
    def __init__(self, x): pass
A(1, 2)
