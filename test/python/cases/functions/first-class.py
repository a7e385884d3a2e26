def apply(fn, *args):
    return fn(*args)
def shout(s):
    return s.upper() + "!"
handlers = {"shout": shout, "len": len}
print(apply(shout, "hi"), handlers["len"]("abc"), apply(max, 1, 5, 3))
ops = [abs, str, float]
print([op(-2) for op in ops])
