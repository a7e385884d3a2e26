class Stage:
    ALL = ("None", "Staging", "Production", "Archived")
    @classmethod
    def canonical(cls, s):
        for c in cls.ALL:
            if c.lower() == s.lower():
                return c
        raise ValueError(f"Invalid stage: {s}")
print(Stage.canonical("PRODUCTION"))
print(Stage.canonical("prod"))
