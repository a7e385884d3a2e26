n = 10
n += 5
n -= 3
n *= 2
n //= 5
n **= 3
n %= 7
print(n)
f = 1.0
f /= 4
print(f)
s = "ab"
s *= 3
print(s)
items = [1]
alias = items
items += [2, 3]
print(alias, items is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
