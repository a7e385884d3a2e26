print(f"{'a' + 'b'!r}", f"{1 + 1 = }", f"{[i for i in range(3)]}", f"{'%'}")
