import math
print(f"{math.pi:.3f} {math.e:10.4f}| {-math.inf} {math.sqrt(2):.15g}")
