print(list(enumerate(["a", "b"], 1)), dict(zip(["x", "y"], [1, 2])), list(zip([1, 2, 3], [4, 5])))
