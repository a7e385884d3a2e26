# scenario: model-stages
# facts §1 (stages matched case-insensitively, stored canonically)
from mlflow import MlflowClient
client = MlflowClient()
for stage in ["archived", "PRODUCTION", "StAgInG", "none"]:
    mv = client.transition_model_version_stage("my-model", 1, stage)
    print(stage, "->", repr(mv.current_stage))
