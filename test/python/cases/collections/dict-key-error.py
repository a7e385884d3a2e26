aliases = {"champion": 2}
print(aliases["challenger"])
