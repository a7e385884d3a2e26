a = b = []
a.append(1)
print(b, a is b)
x, y = y, x = 1, 2
print(x, y)
