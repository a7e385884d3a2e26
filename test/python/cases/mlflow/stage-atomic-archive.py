# scenario: model-stages
# facts §2.3 step 6 (atomic: a failed transition archives nothing)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
client.transition_model_version_stage("my-model", 1, "Production")
try:
    client.transition_model_version_stage("my-model", 8, "Production", archive_existing_versions=True)
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
print(client.get_model_version("my-model", 1).current_stage)
