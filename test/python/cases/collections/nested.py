registry = {"my-model": {"versions": [1, 2, 3], "aliases": {"champion": 2}}}
print(registry["my-model"]["versions"][-1])
registry["my-model"]["versions"].append(4)
registry["my-model"]["aliases"]["challenger"] = 4
print(registry)
matrix = [[1, 2], [3, 4]]
print([row[1] for row in matrix], [[c * 2 for c in row] for row in matrix])
