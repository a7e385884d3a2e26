x = [[0] * 3 for _ in range(2)]
x[0][0] = 1
y = [[0] * 3] * 2
y[0][0] = 1
print(x, y)
