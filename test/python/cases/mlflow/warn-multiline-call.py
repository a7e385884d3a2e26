# scenario: model-stages
# facts §4 (the warning shows the first source line of the call, indented two spaces)
from mlflow import MlflowClient
client = MlflowClient()
mv = client.transition_model_version_stage(
    name="my-model",
    version=3,
    stage="Production",
)
print(mv.current_stage)
