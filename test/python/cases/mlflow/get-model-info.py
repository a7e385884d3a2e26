# Recorded from the oracle (MLflow 3.6.1.dev0): get_model_info reads the LoggedModel behind any URI.
import mlflow
from sklearn.linear_model import LinearRegression

lr = LinearRegression().fit([[1.0], [2.0]], [1.0, 2.0])
with mlflow.start_run() as run:
    info = mlflow.sklearn.log_model(lr, name="model", registered_model_name="prices", input_example=[[1.0]])
for uri in ["models:/prices/1", "models:/prices/latest", info.model_uri, f"runs:/{run.info.run_id}/model"]:
    mi = mlflow.models.get_model_info(uri)
    print(type(mi).__name__, mi.model_uri == info.model_uri, mi.model_id == info.model_id, mi.run_id == run.info.run_id)
    print(" ", mi.name, mi.registered_model_version, mi.artifact_path.endswith(info.model_id + "/artifacts"), sorted(mi.flavors), mi.signature)
print(mi.flavors["python_function"]["loader_module"])
try:
    mlflow.models.get_model_info("models:/prices/5")
except Exception as e:
    print(type(e).__name__, e)
# cannot-match: the recording machine's Debian lz4 (4.0.2+dfsg) adds a requirements_utils WARNING whenever a fitted model is logged, which a pip install does not print; recorded with /work/shared/oracle/run.sh, that line left out
