try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(e.args[1], type(e).__mro__[1].__name__, e.__class__.__name__)
err = KeyError("k")
print(isinstance(err, LookupError), str(err), err.args)
