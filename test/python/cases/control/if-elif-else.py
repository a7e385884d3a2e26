for n in [-2, 0, 3, 15]:
    if n < 0:
        print(n, "negative")
    elif n == 0:
        print(n, "zero")
    elif n < 10:
        print(n, "small")
    else:
        print(n, "large")
x = 3
label = "odd" if x % 2 else "even"
print(label)
