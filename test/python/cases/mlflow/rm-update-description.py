# scenario: model-stages
# facts §2.5 (update_registered_model sets the description and returns the model)
from mlflow import MlflowClient
client = MlflowClient()
rm = client.update_registered_model("my-model", description="Predicts churn")
print(type(rm).__name__, rm.description)
print(client.get_registered_model("my-model").description)
rm = client.update_registered_model(name="my-model", description=None)
print(rm.description)
