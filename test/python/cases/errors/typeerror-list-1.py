list(1)
