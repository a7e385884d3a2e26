def inner():
    raise RuntimeError("original")
def outer():
    try:
        inner()
    except RuntimeError:
        print("logging, then re-raising")
        raise
outer()
