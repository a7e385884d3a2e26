value = 1.5
print(value / 0)
