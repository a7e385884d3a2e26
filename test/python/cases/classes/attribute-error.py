class Client:
    def get_model_version(self, name, version):
        return None
client = Client()
mv = client.get_model_version("my-model", 1)
print(mv.version)
