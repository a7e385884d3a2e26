scores = [0.86, 0.91, 0.89]
print(min(scores), max(scores), sum(scores), round(sum(scores) / len(scores), 3))
print(sum([1, 2, 3], 10), sum([]), sum([0.1] * 3))
print(sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(max([]) if False else "skip", max("abc"), min([3, 1], key=lambda v: -v))
