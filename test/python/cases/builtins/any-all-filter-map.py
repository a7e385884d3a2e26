stages = ["None", "Staging", "Production"]
print(any(s == "Production" for s in stages), all(s for s in stages), all([]), any([]))
print(list(filter(lambda s: s != "None", stages)), list(map(len, stages)), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
