# facts §2.4 (a model with no versions returns []; a missing one is not found)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
client.create_registered_model("empty")
print(client.get_latest_versions("empty"))
try:
    client.get_latest_versions("absent")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
