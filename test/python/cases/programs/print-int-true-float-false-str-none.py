print(int(True), float(False), str(None), bool("False"), list("ab"), tuple({"a": 1}))
