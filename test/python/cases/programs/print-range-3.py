print(*range(3))
print(*[], sep="-")
print("a", *"bc", sep="|", end=".\n")
