# scenario: model-stages
# facts §2.2 (version accepted as int or numeric string; returned as int by a local store), §10 #8
from mlflow import MlflowClient
client = MlflowClient()
a = client.get_model_version("my-model", 2)
b = client.get_model_version("my-model", "2")
print(a.version, b.version, a.version == b.version, a.version == "2")
