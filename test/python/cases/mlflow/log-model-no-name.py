# 3.x: Model.log uses `name or artifact_path`; with neither, the tracking store gives the
# LoggedModel a random name (create_logged_model: `name or _generate_random_name()`), so a
# runs:/<id>/model URI finds nothing under "model".
import mlflow
from mlflow.exceptions import MlflowException
with mlflow.start_run() as run:
    info = mlflow.sklearn.log_model(None)
print(info.name != "model", info.name.count("-") == 2)
try:
    mlflow.register_model(f"runs:/{run.info.run_id}/model", "no-name-model")
except MlflowException as e:
    print(e.error_code, e.message.startswith("Unable to find a logged_model with artifact_path model under run"))
