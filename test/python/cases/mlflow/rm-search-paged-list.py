# scenario: model-stages
# facts §2.1 (search_registered_models returns a PagedList with .token), §2.5 (order name ASC)
from mlflow import MlflowClient
client = MlflowClient()
client.create_registered_model("aardvark")
client.create_registered_model("zebra")
page = client.search_registered_models()
print(len(page), page.token)
print([rm.name for rm in page])
print(isinstance(page, list))
first = client.search_registered_models(max_results=1)
print([rm.name for rm in first], first.token is not None)
