import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning)
old()
old()
