# scenario: model-stages
# Recorded from MLflow 3.6.1.dev0 (28f34833): order_by is iterated, so a plain str is a list of
# one-character clauses (the first, 'n', is refused) and "" is no clause at all. The valid keys
# are printed from a Python set, whose order changes between runs, so only the start is kept.
import mlflow
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
c = MlflowClient()
for f in [
    lambda: c.search_registered_models(order_by="name DESC"),
    lambda: c.search_model_versions(order_by="name DESC"),
    lambda: mlflow.search_registered_models(order_by="name DESC"),
    lambda: mlflow.search_model_versions(order_by="version_number"),
]:
    try:
        f()
    except MlflowException as e:
        print(e.message.split(" Valid keys")[0])
print(len(c.search_registered_models(order_by="")) == len(c.search_registered_models()), len(c.search_model_versions(order_by="")) == len(c.search_model_versions()))
