# scenario: model-stages
# facts §2.5, §3 (reserved, empty and invalid alias names: INVALID_PARAMETER_VALUE)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
for alias in ["latest", "LATEST", "v1", "V42", "my alias", ""]:
    try:
        client.set_registered_model_alias("my-model", alias, 1)
    except MlflowException as e:
        print(type(e).__name__, e.error_code)
        print(e.message)
