x = 0
while True:
    x += 1
    if x > 3:
        break
else:
    print("no")
print(x)
