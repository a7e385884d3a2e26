rows = [("my-model", 1, "None"), ("my-model", 2, "Production")]
print(f"{'name':<10}{'ver':>4}  stage")
for n, v, s in rows:
    print(f"{n:<10}{v:>4}  {s}")
