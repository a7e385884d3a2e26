x = 0
result = 5 / x
