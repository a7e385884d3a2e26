raise KeyError(1)
