items = {"b": 2, "a": 1, "c": 3}
for k in sorted(items, key=items.get, reverse=True):
    print(k, items[k])
