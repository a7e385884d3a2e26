stages = ["None", "Staging", "Production"]
for i, s in enumerate(stages, start=1):
    print(i, s)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
print(list(enumerate("xy")), list(zip()), dict(enumerate("ab")))
