# scenario: model-stages
# facts §2.6: register_model with a models:/name/version URI keeps that URI as the source; MLflow
# first looks the version up for its model_id (_parse_model_id_if_present ->
# MlflowClient.get_model_version), so a missing version fails after "Successfully registered".
# An alias URI has no version: the SQL store's storage-location lookup fails on int(None)
# (recorded from MLflow 3.6.1.dev0), after the model was created.
import mlflow
from mlflow.exceptions import MlflowException
mv = mlflow.register_model("models:/my-model/1", "copy")
print(mv.source, mv.run_id, mv.version)
try:
    mlflow.register_model("models:/my-model@nope", "copy-alias")
except MlflowException as e:
    print(e.error_code, e)
try:
    mlflow.register_model("models:/ghost/1", "copy-missing")
except MlflowException as e:
    print(e.error_code, e)
