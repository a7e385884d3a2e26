s = {3, 1, 2}
s.add(4)
s.discard(10)
print(sorted(s), len(s), 2 in s)
a = {1, 2, 3}
b = {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a.issubset({1, 2, 3, 4}), a <= b, set(), set([1, 1, 2]), frozenset([1]))
print(sorted(a.union(b, {9})), sorted(a.intersection(b)), sorted(a.difference(b)))
print({3, 1, 2}, {5, 100}, set(range(12, 0, -1)), {-1, -2, 3}, {True, 2, 0}, {2 ** 70, 1})
