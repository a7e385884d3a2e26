# scenario: model-stages
# spec: mlflow.entities.model_registry classes; facts §8 (class names)
import mlflow
from mlflow.entities.model_registry import ModelVersion, RegisteredModel
client = mlflow.tracking.MlflowClient()
mv = client.get_model_version("my-model", 1)
rm = client.get_registered_model("my-model")
print(isinstance(mv, ModelVersion), isinstance(rm, RegisteredModel), isinstance(mv, RegisteredModel))
print(type(mv).__name__, type(rm).__name__)
