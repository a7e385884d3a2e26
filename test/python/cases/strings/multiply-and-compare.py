print("ab" * 3, 3 * "-", "a" * 0 == "", "abc" < "abd", "Z" < "a", sorted("hello"))
print("-" * 20)
print(str(12) + "3", int("12") + 3, ord("A"), chr(97), ord("é"))
