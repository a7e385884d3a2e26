versions = [{"v": 1, "stage": "None"}, {"v": 2, "stage": "Production"}, {"v": 3, "stage": "Staging"}]
prod = next((m["v"] for m in versions if m["stage"] == "Production"), None)
archived = next((m["v"] for m in versions if m["stage"] == "Archived"), None)
print(prod, archived)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
