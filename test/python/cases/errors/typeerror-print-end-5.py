print(end=5)
