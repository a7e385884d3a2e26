import json
class Model:
    pass
json.dumps({"model": Model()})
