import json
mv = {"name": "m", "version": 1, "tags": {}}
s = json.dumps(mv)
print(s, json.loads(s) == mv, type(json.loads("1.0")).__name__)
