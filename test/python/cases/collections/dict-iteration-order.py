d = {}
for word in ["delta", "alpha", "charlie", "bravo"]:
    d[word] = len(word)
for key in d:
    print(key, d[key])
for key, value in sorted(d.items(), key=lambda kv: kv[1]):
    print(key, value)
d2 = {1: "int", 1.0: "float", True: "bool"}
print(d2)
