import json
class Model:
    pass
try:
    json.dumps({"model": Model()})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"model": Model()}, default=lambda o: type(o).__name__))
