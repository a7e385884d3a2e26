# scenario: model-stages
# facts §2.5 (set_registered_model_tag: str(value); the model must exist)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
print(client.set_registered_model_tag("my-model", "owner", "ana"))
client.set_registered_model_tag("my-model", "epochs", 10)
print(client.get_registered_model("my-model").tags)
client.delete_registered_model_tag("my-model", "owner")
print(client.get_registered_model("my-model").tags)
try:
    client.set_registered_model_tag("ghost", "k", "v")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
