items = {"a": 1, "b": 2}
for k, v in items.items():
    print(f"{k}={v:>3}")
print(f"{'-' * 10}")
print(f"total: {sum(items.values())}")
print(f"{'yes' if items else 'no'}")
