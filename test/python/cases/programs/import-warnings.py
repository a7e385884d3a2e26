import warnings
warnings.warn("first", UserWarning)
for i in range(2):
    warnings.warn("loop", RuntimeWarning)
