class Greeter:
    greeting = "hi"
    def greet(self, who="world"):
        return f"{self.greeting}, {who}"
g = Greeter()
f = g.greet
print(f(), f("ada"), Greeter.greet(g, "x"), Greeter.greeting)
