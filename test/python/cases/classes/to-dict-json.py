import json
class Run:
    def __init__(self, rid, params):
        self.rid, self.params = rid, params
    def to_dict(self):
        return {"run_id": self.rid, "params": self.params}
print(json.dumps([Run("a", {"x": 1}).to_dict()], indent=1))
