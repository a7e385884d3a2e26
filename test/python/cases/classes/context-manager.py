class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False
with Tracker("run") as t:
    print("inside", t.name)
with Tracker("outer"), Tracker("inner"):
    print("both")
try:
    with Tracker("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
