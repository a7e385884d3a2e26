print("tab\tand\nnewline", 'quote\'s', "back\\slash", "\x41\u00e9\N{BULLET}" if False else "\x41\u00e9")
print(r"raw\n\t", len("\n"), len(r"\n"), "a" "b" 'c', f"{'x'}" "y")
print("""triple
quoted""", "end")
