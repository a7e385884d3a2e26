x = 1
assert x == 1, "never"
assert x > 5, f"x should be large, got {x}"
