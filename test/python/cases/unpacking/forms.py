a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
x, (y, z) = 1, (2, 3)
print(first, rest, init, last, x, y, z)
for i, (k, v) in enumerate({"a": 1}.items()):
    print(i, k, v)
[p, q] = "pq"
print(p, q)
head, *middle, tail = range(5)
print(head, middle, tail)
