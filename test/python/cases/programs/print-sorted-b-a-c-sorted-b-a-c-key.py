print(sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.casefold), "B" < "a")
