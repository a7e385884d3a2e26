class Thing:
    def __init__(self):
        self.x = 1
t = Thing()
print(vars(t), t.__dict__, t.__class__.__name__, Thing.__module__)
print(repr(Thing).startswith("<class '__main__.Thing'"), repr(t).startswith("<__main__.Thing object at 0x"))
