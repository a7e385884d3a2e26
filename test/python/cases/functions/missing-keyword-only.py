def f(*, name, version):
    return name
f(name="m")
