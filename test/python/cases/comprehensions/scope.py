x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
total = 10
print([total + i for i in range(3)])
