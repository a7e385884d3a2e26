from dataclasses import dataclass

try:
    @dataclass
    class Registry:
        models: list = []
except ValueError as e:
    print("ValueError:", e)

class Base:
    def __init__(self, name):
        self.name = name

class Child(Base):
    def __init__(self, name):
        super(Child, self).__init__(name.upper())

print(Child("explicit super").name)

class Stack:
    super().__init__()
