import json
data = {"name": "my-model", "version": 2, "score": 0.9, "tags": ["a", "b"], "active": True, "parent": None}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, {"k": []}], {}], indent=4))
print(json.dumps("é and \"quotes\""), json.dumps("é", ensure_ascii=False), json.dumps({"a": 1}, separators=(",", ":")))
print(json.dumps({1: "int key", True: "bool key"}), json.dumps(1e16), json.dumps(3.0))
