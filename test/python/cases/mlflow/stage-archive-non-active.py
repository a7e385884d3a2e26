# scenario: model-stages
# facts §2.3 step 5 (raw stage echoed, list repr, no period, INTERNAL_ERROR), §10 #4
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
for stage in ["archived", "None"]:
    try:
        client.transition_model_version_stage("my-model", 1, stage, archive_existing_versions=True)
    except MlflowException as e:
        print(type(e).__name__, e.error_code)
        print(e.message)
print(client.get_model_version("my-model", 1).current_stage)
