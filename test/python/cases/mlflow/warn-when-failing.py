# facts §4 (every call warns, even one that then fails)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
try:
    client.get_latest_versions("ghost")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.get_model_version_stages("ghost", 1)
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
