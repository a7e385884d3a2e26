print(sep=1)
