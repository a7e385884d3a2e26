a = [1, [2, 3]]
b = a
c = a.copy()
b.append(4)
c[1].append(5)
print(a, b, c, a is b, a == c)
