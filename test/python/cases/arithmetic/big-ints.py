print(2 ** 100)
print(factorial := 1)
for i in range(1, 26):
    factorial *= i
print(factorial)
print(9007199254740993, 9007199254740992 + 1)
print(10 ** 30 // 7, -(10 ** 30) % 7)
