print(6 & 3, 6 | 3, 6 ^ 3, ~5, 1 << 10, 1024 >> 3, -8 >> 1)
print(True & False, True | False, True ^ True)
print(bin(10), hex(255), oct(8), bin(-3))
