class Model:
    registry = {}
    def __init_subclass__(cls):
        pass
    @classmethod
    def register(cls, name):
        cls.registry[name] = cls
        return cls
Model.register("m")
print(Model.registry)
