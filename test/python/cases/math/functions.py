import math
print(math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(math.factorial(10), math.gcd(12, 18), math.inf > 10 ** 100, math.isnan(math.nan), math.isinf(-math.inf))
print(round(math.sin(math.pi / 2), 6), math.hypot(3, 4), math.prod([1, 2, 3, 4]), math.comb(5, 2))
