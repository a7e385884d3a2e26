rows = [("a", 0.8612), ("bb", 0.9)]
w = max(len(r[0]) for r in rows)
for name, acc in rows:
    print(f"{name:<{w}} | {acc:>{w + 4}.{2}%}")
