s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip() + "|")
print(s.upper(), s.lower(), "hello world".title(), "hello".capitalize())
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "x".split(","))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]))
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "banana".count("a"))
print("banana".find("n"), "banana".rfind("n"), "banana".find("z"), "banana".index("b"))
print("file.py".endswith(".py"), "file.py".startswith(("a", "f")), "abc".isalpha(), "123".isdigit())
