# scenario: model-stages
# facts §2.5 (search_registered_models: name and tags.<k> filters)
from mlflow import MlflowClient
client = MlflowClient()
client.create_registered_model("my-other-model", tags={"team": "risk"})
client.create_registered_model("forecast")
print([m.name for m in client.search_registered_models(filter_string="name LIKE 'my-%'")])
print([m.name for m in client.search_registered_models("name = 'forecast'")])
print([m.name for m in client.search_registered_models("tags.team = 'risk'")])
