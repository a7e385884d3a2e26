# scenario: model-stages
# facts §2.5 (search_model_versions: default order, PagedList), §2.1 (max_results=10000)
from mlflow import MlflowClient
client = MlflowClient()
res = client.search_model_versions("name='my-model'")
print([(mv.name, mv.version) for mv in res], res.token)
print([mv.version for mv in client.search_model_versions("name = 'my-model'", max_results=2)])
print([mv.version for mv in client.search_model_versions(order_by=["version_number ASC"])])
