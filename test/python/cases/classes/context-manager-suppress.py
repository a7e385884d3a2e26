class Suppress:
    def __enter__(self):
        return None
    def __exit__(self, *exc):
        print("suppressing", exc[0].__name__)
        return True
with Suppress():
    1 / 0
print("continued after the with block")
def f():
    with Suppress():
        return "returned"
print(f())
