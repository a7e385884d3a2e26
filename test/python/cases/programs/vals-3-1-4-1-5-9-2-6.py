vals = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(set(vals)), vals.count(1), sum(vals) / len(vals), sorted(vals)[len(vals) // 2])
