print(format(3.14159, ".2f"), format(42, "08b"), format("x", ">3"), format(1234567, ","), format(0.5, "%"), format(7))
print(format(1e-7, "g"), format(123456789.0, "g"), format(0.0001, "e"), format(12, "x"), format(12, "#x"))
