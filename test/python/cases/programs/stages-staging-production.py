stages = {"Staging": [], "Production": []}
stages.setdefault("Archived", []).append(1)
print(stages, list(stages))
