print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed((1, 2))))
it = iter("xy")
print(next(it), next(it), next(it, "end"))
print(list(iter([1, 2])), list(map(str, [1, 2])), list(zip("ab", "cd", "ef")))
