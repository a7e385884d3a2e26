# facts §8 (RegisteredModel repr, 3.x property order), §2.5 (create_registered_model)
from mlflow import MlflowClient
client = MlflowClient()
rm = client.create_registered_model("fraud-detector")
print(repr(rm))
print(rm.name, rm.description, rm.tags, rm.aliases, rm.latest_versions)
