print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)), range(3), range(1, 9, 2))
print(len(range(0, 100, 7)), range(10)[3], 5 in range(10), list(reversed(range(3))))
