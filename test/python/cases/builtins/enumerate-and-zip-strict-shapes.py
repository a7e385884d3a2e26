names = ["a", "b", "c"]
for index, (name, score) in enumerate(zip(names, [0.5, 0.7, 0.9])):
    print(index, name, score)
print(list(zip(names, range(10))), list(enumerate([], 5)))
