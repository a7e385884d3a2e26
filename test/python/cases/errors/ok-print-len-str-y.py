y = 2 ** 10000
print(len(str(y)))
