n = None
n["name"]
