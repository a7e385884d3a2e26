for v in [0, 1, -1, 0.5, 1e-7, 123456789.0, 1e16, float("nan"), float("inf")]:
    print(f"{v!r:>14} {v:>10} {v:10.3g}")
