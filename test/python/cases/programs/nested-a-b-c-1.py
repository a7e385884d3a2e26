nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"].get("c"), nested.get("x", {}).get("y"))
