print("abc".center(9, "*"), "abc".ljust(6, ".") + "|", "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print("a\tb".expandtabs(4), "x".center(4), "ab".center(5))
print("one two".partition(" "), "a.b.c".rpartition("."), "prefix_name".removeprefix("prefix_"))
