class V:
    def __init__(self, *parts):
        self.parts = parts
    def __getitem__(self, i):
        return self.parts[i]
    def __repr__(self):
        return "V" + repr(self.parts)
v = V(1, 2, 3)
print(v[0], v[-1], v[1:], v, list(v))
