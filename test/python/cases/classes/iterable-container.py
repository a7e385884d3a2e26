class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(self._items)
s = Stack().push(1).push(2)
print(len(s), list(s), [x * 10 for x in s], 2 in s)
