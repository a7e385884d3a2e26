def promote(mv, stage, *, archive=False):
    return {**mv, "stage": stage, "archived": archive}
print(promote({"v": 1}, "Production", archive=True))
