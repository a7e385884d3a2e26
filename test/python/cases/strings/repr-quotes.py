print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("line\nbreak"))
print(repr("back\\slash"), repr(""), str("plain"), repr("\x00"))
print(["a", "b'c"], ("x",), {"k": "v"})
