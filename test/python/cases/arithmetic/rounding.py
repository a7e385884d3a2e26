print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(2.675, 2), round(1.23456, 3))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(7), round(2.0))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
