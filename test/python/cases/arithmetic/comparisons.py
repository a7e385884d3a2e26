print(1 < 2 < 3, 1 < 2 > 3, 1 == 1.0, 2 != 2.0, "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2))
x = 5
print(0 < x <= 5, x is None, x is not None, not x, None == None)
print(1 == True, 0 == False, "1" == 1, [] == [], [] is [])
