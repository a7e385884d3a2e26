# scenario: model-stages
# Recorded from MLflow 3.6.1.dev0 (28f34833): get_model_version_download_uri checks the registered
# model first (_raise_if_prompt), so a missing or renamed model names the model, and a missing
# version of an existing model names the version.
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
c = MlflowClient()
for name, version in [("no-such-model", 1), ("my-model", 9)]:
    try:
        c.get_model_version_download_uri(name, version)
    except MlflowException as e:
        print(e.error_code, e.message)
