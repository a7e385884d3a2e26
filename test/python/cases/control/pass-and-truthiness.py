for value in [0, 1, "", "x", [], [0], {}, None, 0.0, set()]:
    if value:
        print(repr(value), "truthy")
    else:
        pass
print(bool(None), bool([]), bool([0]), bool("False"))
print(0 or "default", "" and "never", 1 and 2, None or 0 or [])
