class A:
    def method(self):
        pass
print([n for n in dir(A) if not n.startswith("_")], callable(A), callable(A().method), callable("s"))
