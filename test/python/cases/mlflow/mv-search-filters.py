# scenario: model-stages
# facts §2.5 (identifiers: version_number, run_id IN, tags.<k>, LIKE)
from mlflow import MlflowClient
client = MlflowClient()
client.set_model_version_tag("my-model", 2, "validated", "yes")
print([mv.version for mv in client.search_model_versions("name='my-model' and version_number > 1", order_by=["version_number ASC"])])
print([mv.version for mv in client.search_model_versions("tags.validated = 'yes'")])
print([mv.version for mv in client.search_model_versions("name LIKE 'my-%'", order_by=["version_number DESC"])])
rid = client.get_model_version("my-model", 1).run_id
print([mv.version for mv in client.search_model_versions(f"run_id IN ('{rid}')")])
