values = [1, 2]
print(lenght(values))
