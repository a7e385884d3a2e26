# The quiz 3 snippet, unchanged, after a setup that gives "my_model" two versions.
# facts §1 (case-insensitive stage, stored canonically), §4 (FutureWarning at the call's first line)
import mlflow
mlflow.MlflowClient().create_registered_model("my_model")
for i in range(2):
    mlflow.MlflowClient().create_model_version("my_model", f"s3://models/my_model/{i + 1}")
from mlflow import MlflowClient
client = MlflowClient()
client.transition_model_version_stage(
    name="my_model",
    version=2,
    stage="archived"
)
print(client.get_model_version("my_model", 2).current_stage)
