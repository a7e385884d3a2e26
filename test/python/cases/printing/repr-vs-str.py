class Version:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Version({self.n!r})"
    def __str__(self):
        return f"v{self.n}"
v = Version(2)
print(v, repr(v), str(v), [v], f"{v}", f"{v!r}", "%s" % v)
class Plain:
    pass
print(type(Plain()).__name__, Plain.__name__, str(Plain)[:15])
