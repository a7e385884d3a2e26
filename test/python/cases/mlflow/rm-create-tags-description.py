# facts §2.5 (tag values are str()-ed), §8 (pprint sorts dict keys)
from mlflow import MlflowClient
client = MlflowClient()
rm = client.create_registered_model("churn", tags={"team": "risk", "priority": 1}, description="Churn model")
print(rm.tags)
print(rm.description)
print(client.get_registered_model("churn").tags["priority"] == "1")
