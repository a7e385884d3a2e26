# scenario: model-stages
# Recorded from MLflow 3.6.1.dev0 (28f34833): ModelVersion and RegisteredModel give description,
# name, current_stage, aliases, ... setters (mlflow/entities/model_registry/model_version.py), so
# assigning works, changes only the local object and never the registry; tags has no setter.
from mlflow import MlflowClient
client = MlflowClient()
mv = client.get_model_version("my-model", 1)
mv.description = "changed locally"
print(mv.description)
print("description=" + repr("changed locally") in repr(mv))
print(repr(client.get_model_version("my-model", 1).description))
rm = client.get_registered_model("my-model")
rm.description = "also local"
print(rm.description, client.get_registered_model("my-model").description != "also local")
try:
    mv.tags = {}
except AttributeError as e:
    print(e)
try:
    rm.tags = {}
except AttributeError as e:
    print(e)
