class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Money(self.v + (o.v if isinstance(o, Money) else o))
    def __radd__(self, o):
        return self + o
    def __repr__(self):
        return f"Money({self.v})"
print(Money(1) + Money(2), Money(1) + 5, sum([Money(1), Money(2)]))
