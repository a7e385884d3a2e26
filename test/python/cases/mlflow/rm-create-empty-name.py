# facts §2.5, §3 (missing name: INVALID_PARAMETER_VALUE)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
try:
    client.create_registered_model("")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.create_registered_model(None)
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
