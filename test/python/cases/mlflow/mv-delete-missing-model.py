# facts §2.2 (prompt check: a missing model is reported before the version)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
try:
    client.delete_model_version("nobody", 1)
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
