def gen_names(n):
    return [f"model-{i:02d}" for i in range(n)]
print(gen_names(3), ", ".join(gen_names(2)))
