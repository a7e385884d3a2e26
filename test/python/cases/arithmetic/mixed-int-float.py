print(1 + 2.0, 3 * 0.5, 7 // 2.0, 7 % 2.5, 2 ** 0.5, 2 ** -1, 10 / 5)
print(int(3.9), int(-3.9), float(7), int("  42 "), int("-0"), int("1_000"))
print(abs(-5), abs(-2.5), abs(True), divmod(17, 5), divmod(-17, 5), pow(2, 10, 1000))
