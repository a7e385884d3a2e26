s = "python"
print(s[0], s[-1], s[1:4], s[:2], s[3:], s[::2], s[::-1], s[-3:-1], s[10:], len(s))
print("py" in s, "java" not in s)
for ch in "abc":
    print(ch, end=" ")
print()
