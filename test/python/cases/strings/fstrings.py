name = "my-model"
version = 3
score = 0.91234
print(f"{name} v{version}")
print(f"{score:.2f} {score:.1%} {version:03d} {name!r} {name:>12}|")
print(f"{1234567:,} {1234567.891:,.2f} {-5:+d} {5:+d}")
width = 8
print(f"[{name:^{width}}]")
print(f"{'nested'} {[1, 2][0]} {{braces}}")
print(f"{version=} {score = :.1f}")
print(f"{3.0} {1e20} {True} {None}")
