class Ctx:
    def __enter__(self):
        print("in")
        return "value"
    def __exit__(self, et, ev, tb):
        print("out", et is None)
with Ctx() as v:
    print(v)
def f():
    with Ctx():
        return 1
print(f())
