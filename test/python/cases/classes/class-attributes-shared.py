class Registry:
    models = []
    count = 0
    def add(self, name):
        self.models.append(name)
        Registry.count += 1
r1, r2 = Registry(), Registry()
r1.add("a")
r2.add("b")
print(Registry.models, Registry.count, r1.models is r2.models)
