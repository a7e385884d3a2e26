print(abs(-3), abs(3.5), divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, 8), pow(2, -1), pow(3, 4, 5))
