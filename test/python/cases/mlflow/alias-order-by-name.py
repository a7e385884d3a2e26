# scenario: model-stages
# Recorded from MLflow 3.6.1.dev0 (28f34833), sqlite store: aliases come back ordered by name
# (the registered_model_aliases primary key is (name, alias)), not in the order they were set.
from mlflow import MlflowClient
c = MlflowClient()
c.set_registered_model_alias("my-model", "zeta", 1)
c.set_registered_model_alias("my-model", "alpha", 2)
c.set_registered_model_alias("my-model", "mid", 3)
c.set_registered_model_alias("my-model", "beta", 1)
print(c.get_registered_model("my-model").aliases)
print(c.get_model_version("my-model", 1).aliases)
print(c.search_registered_models()[0].aliases)
print(c.get_model_version_by_alias("my-model", "zeta").aliases)
