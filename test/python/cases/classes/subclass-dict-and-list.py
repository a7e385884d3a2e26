class Registry(dict):
    def __init__(self, owner, **models):
        super().__init__(**models)
        self.owner = owner
    def latest(self, name):
        return max(self[name])
    def __missing__(self, key):
        return []

r = Registry("team-a", churn=[1, 2, 3])
r["fraud"] = [1]
print(r, r.owner, r.latest("churn"), r["absent"], len(r), isinstance(r, dict), type(r).__name__)
print(sorted(r), r.get("fraud"), "churn" in r)

class Versions(list):
    def latest(self):
        return self[-1] if self else None
    def __repr__(self):
        return f"Versions({list(self)!r})"

v = Versions([1, 2])
v.append(3)
print(v, v.latest(), len(v), v[0], isinstance(v, list), Versions().latest(), v + [4])

class Plain(dict):
    pass
print(Plain(a=1), Plain([("b", 2)]), type(Plain()).__name__)
