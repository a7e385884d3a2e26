import warnings
warnings.warn("something looks off")
warnings.warn("a deprecation", DeprecationWarning)
print("after")
