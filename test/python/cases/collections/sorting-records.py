runs = [
    {"run_id": "a1", "accuracy": 0.86, "depth": 3},
    {"run_id": "b2", "accuracy": 0.91, "depth": 8},
    {"run_id": "c3", "accuracy": 0.89, "depth": 5},
]
best = max(runs, key=lambda r: r["accuracy"])
print(best["run_id"], f"{best['accuracy']:.1%}")
for r in sorted(runs, key=lambda r: (r["depth"], r["run_id"]), reverse=True):
    print(f"{r['run_id']:>4} | depth={r['depth']:<2} | acc={r['accuracy']:.3f}")
print([r["run_id"] for r in runs if r["accuracy"] > 0.88])
