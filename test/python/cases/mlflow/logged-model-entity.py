# Recorded from the oracle (MLflow 3.6.1.dev0): the 3.x LoggedModel behind models:/m-<id>, with ids
# and timestamps replaced by what they are.
import mlflow
from mlflow import MlflowClient
from mlflow.entities import LoggedModel
from sklearn.linear_model import LinearRegression

model = LinearRegression().fit([[1.0], [2.0]], [1.0, 2.0])

print(mlflow.last_logged_model())
with mlflow.start_run() as run:
    mlflow.log_metric("rmse", 0.5)
    info = mlflow.sklearn.log_model(model, name="model", params={"alpha": "0.1"}, tags={"team": "a"})
    mlflow.log_metric("after", 1.0)
    second = mlflow.sklearn.log_model(model, name="second", input_example=[[1.0]])
lm = mlflow.get_logged_model(info.model_id)
print(isinstance(lm, LoggedModel), type(lm).__module__)
text = repr(lm).replace(lm.artifact_location, "<location>").replace(info.model_id, "<model_id>").replace(run.info.run_id, "<run_id>")
text = text.replace(str(lm.creation_timestamp), "<ts>").replace(str(lm.last_updated_timestamp), "<ts>")
print(text)
print(lm.name, lm.experiment_id, lm.source_run_id == run.info.run_id, lm.model_uri == info.model_uri)
print(lm.status, repr(lm.status), lm.status == "READY", lm.status_message, lm.model_type)
print(lm.artifact_location.endswith("/0/models/%s/artifacts" % info.model_id))
print(lm.params, lm.tags["team"], lm.tags["mlflow.source.type"], "mlflow.source.name" in lm.tags, "mlflow.user" in lm.tags)
print([(m.key, m.value, m.step, m.run_id == run.info.run_id, m.model_id == info.model_id) for m in lm.metrics])
print([m.key for m in mlflow.get_logged_model(second.model_id).metrics])
print(mlflow.last_logged_model().model_id == second.model_id)
print([m.name for m in mlflow.search_logged_models(output_format="list")])
print([m.name for m in mlflow.search_logged_models(experiment_ids=["0"], max_results=1, output_format="list")])
page = MlflowClient().search_logged_models(experiment_ids=["0"])
print(type(page).__name__, [m.name for m in page], MlflowClient().get_logged_model(info.model_id).name)
try:
    mlflow.get_logged_model("m-0123")
except Exception as e:
    print(type(e).__name__, e, e.error_code)
# cannot-match: the recording machine's Debian lz4 (4.0.2+dfsg) adds a requirements_utils WARNING whenever a fitted model is logged, which a pip install does not print; recorded with /work/shared/oracle/run.sh, that line left out
