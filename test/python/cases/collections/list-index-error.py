versions = [1, 2, 3]
print(versions[3])
