items = [3, 1]
print(items.index(2))
