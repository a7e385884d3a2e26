class Client:
    def __init__(self):
        self.tracking_uri = "sqlite:///mlflow.db"
    def show(self):
        return tracking_uri
Client().show()
