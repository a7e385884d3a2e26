def documented():
    """Return the answer."""
    return 42
print(documented.__name__, documented.__doc__, documented())
print(len.__name__, type(documented).__name__, callable(documented), callable(3))
