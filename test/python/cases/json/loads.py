import json
text = '{"name": "m", "versions": [1, 2.5, -3, 1e2], "ok": true, "none": null, "nested": {"s": "a\\nb"}}'
data = json.loads(text)
print(data)
print(type(data["versions"][0]).__name__, type(data["versions"][1]).__name__, data["nested"]["s"])
print(json.loads("[]"), json.loads('"x"'), json.loads(" 42 "))
