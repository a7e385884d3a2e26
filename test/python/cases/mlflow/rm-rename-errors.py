# scenario: model-stages
# facts §2.5 (rename: blank new name; target exists)
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
client = MlflowClient()
client.create_registered_model("taken")
try:
    client.rename_registered_model("my-model", "  ")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.rename_registered_model("my-model", "taken")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.rename_registered_model("ghost", "new")
except MlflowException as e:
    print(type(e).__name__, e.error_code)
    print(e.message)
try:
    client.rename_registered_model("my-model", None)
except AttributeError as e:
    print("AttributeError", e)
