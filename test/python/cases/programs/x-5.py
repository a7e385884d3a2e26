x = 5
msg = "big" if x > 3 else "small" if x > 1 else "tiny"
print(msg)
