# log_model(tags=...) tags the logged model; the registered version starts with no tags
import mlflow
from mlflow import MlflowClient

class Rule:
    def predict(self, rows):
        return [0 for _ in rows]

with mlflow.start_run():
    info = mlflow.sklearn.log_model(Rule(), name="model", registered_model_name="tagged-model", tags={"team": "fraud"})
print(MlflowClient().get_model_version("tagged-model", info.registered_model_version).tags)
