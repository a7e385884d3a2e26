client = None
print(clinet)
