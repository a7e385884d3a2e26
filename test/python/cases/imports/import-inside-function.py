def compute():
    import math
    return math.factorial(5)
print(compute())
try:
    import pandas
except ImportError as e:
    print(type(e).__name__, e, e.name)
