# scenario: model-stages
# facts §4 (the deprecated wrapper warns before the call binds), CPython binding errors
from mlflow import MlflowClient
client = MlflowClient()
try:
    client.transition_model_version_stage(name="my-model", version=1, stages="Staging")
except TypeError as e:
    print(e)
try:
    client.transition_model_version_stage("my-model", 1)
except TypeError as e:
    print(e)
try:
    client.get_model_version("my-model")
except TypeError as e:
    print(e)
try:
    client.create_registered_model(name="x", nam="y")
except TypeError as e:
    print(e)
