print(1 + None)
