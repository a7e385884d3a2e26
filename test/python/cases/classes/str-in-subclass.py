class Base:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return f"{type(self).__name__}({self.name})"
class Child(Base):
    pass
print(Child("x"), str(Base("y")), [str(Child("z"))])
