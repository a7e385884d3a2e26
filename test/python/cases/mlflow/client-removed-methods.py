# MLflow 2.0 removed list_registered_models (search_registered_models replaces it), which
# tutorials still show; the 3.x client has no such attribute (mlflow/tracking/client.py)
from mlflow import MlflowClient
client = MlflowClient()
for name in ["list_registered_models", "search_registered_models", "list_model_versions", "transition_model_version_stage"]:
    print(name, hasattr(client, name))
