class Registry:
    def __init__(self):
        self.models = {}
    def get(self, name):
        return self.models[name]
    def latest(self, name):
        return self.get(name)[-1]
r = Registry()
r.models["m"] = [1, 2]
print(r.latest("m"))
r.latest("missing")
