# facts §2.5 (create_model_version does not create the registered model)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
try:
    client.create_model_version("nobody", "s3://models/nobody/1")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
