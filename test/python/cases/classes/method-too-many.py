class Client:
    def get(self, name):
        pass
Client().get("a", "b")
