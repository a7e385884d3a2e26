print(chr(65), ord("a"), ord("€"), hash(1) == hash(1.0), hash("a") == hash("a"))
print(id(None) == id(None), isinstance(id([]), int))
a = [1]
print(id(a) == id(a), a is a)
