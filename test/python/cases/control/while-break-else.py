n = 0
while n < 10:
    n += 1
    if n == 3:
        continue
    if n == 6:
        break
    print(n)
else:
    print("not reached")
while False:
    pass
else:
    print("while-else runs when the loop ends normally")
