for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end="; ")
print()
found = None
for row in [[1, 2], [3, 4]]:
    for v in row:
        if v == 3:
            found = v
print(found)
