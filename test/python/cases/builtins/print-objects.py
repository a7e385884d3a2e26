print(print, len)
print(type(print), type(len).__name__)
print(range(5), slice(1, 2), reversed([1]).__class__.__name__)
print([1, [2, [3, [4]]]], ((1, 2), (3,)), {"a": {"b": {"c": None}}})
