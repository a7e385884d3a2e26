# scenario: model-stages
# In the SQL store only get_model_version, get_latest_versions, get_model_version_by_alias,
# transition/update return versions with aliases filled in. search_model_versions and
# RegisteredModel.latest_versions build them with SqlModelVersion.to_mlflow_entity(), which
# leaves aliases=[] (MlflowClient.search_model_versions: "may not have aliases populated").
import warnings
from mlflow import MlflowClient
import mlflow
warnings.simplefilter("ignore", FutureWarning)
client = MlflowClient()
client.set_registered_model_alias("my-model", "champion", 3)
print("get_model_version", client.get_model_version("my-model", 3).aliases)
print("by alias", client.get_model_version_by_alias("my-model", "champion").aliases)
print("get_latest_versions", [v.aliases for v in client.get_latest_versions("my-model")])
print("search_model_versions", [v.aliases for v in client.search_model_versions("name='my-model'")])
print("mlflow.search_model_versions", [v.aliases for v in mlflow.search_model_versions(filter_string="name='my-model'")])
print("latest_versions", [v.aliases for v in client.get_registered_model("my-model").latest_versions])
print("model aliases", client.get_registered_model("my-model").aliases)
