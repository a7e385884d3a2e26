# Recorded from the oracle (MLflow 3.6.1.dev0): copy_model_version's stderr lines, what the copy
# keeps (run id, tags, description) and drops (aliases, stage), its source URI, and its errors.
import mlflow
from mlflow import MlflowClient
from sklearn.linear_model import LinearRegression

client = MlflowClient()
lr = LinearRegression().fit([[1.0], [2.0], [3.0]], [2.0, 4.0, 6.1])
with mlflow.start_run() as run:
    info = mlflow.sklearn.log_model(lr, name="model", registered_model_name="dev.fraud", input_example=[[1.0]])
client.set_model_version_tag("dev.fraud", 1, "validated", "yes")
client.update_model_version("dev.fraud", 1, description="first try")
client.set_registered_model_alias("dev.fraud", "champion", 1)
mv = client.copy_model_version("models:/dev.fraud@champion", "prod.fraud")
print(mv.name, mv.version, mv.source, mv.run_id == run.info.run_id, mv.model_id)
print(mv.tags, mv.description, mv.aliases, mv.current_stage, mv.status)
mv2 = client.copy_model_version(src_model_uri="models:/dev.fraud/1", dst_name="prod.fraud")
print(mv2.version, mv2.source)
uris = [
    "runs:/%s/model" % run.info.run_id,
    "models:/dev.fraud/7",
    "models:/nope/1",
    "models:/dev.fraud@nope",
    info.model_uri,
    "models:/dev.fraud/latest",
    "models:/dev.fraud/Production",
    "dev.fraud/1",
]
for uri in uris:
    try:
        print("copied to version", client.copy_model_version(uri, "prod.fraud").version)
    except Exception as e:
        print(type(e).__name__, str(e).replace(run.info.run_id, "<run_id>"), getattr(e, "error_code", None))
model = mlflow.pyfunc.load_model("models:/prod.fraud/1")
print([round(float(p), 6) for p in model.predict([[4.0]])])
print([v.version for v in client.search_model_versions("name='prod.fraud'")])
print(client.get_registered_model("prod.fraud").aliases)
try:
    client.copy_model_version("models:/dev.fraud/1", "")
except Exception as e:
    print(type(e).__name__, e)
# cannot-match: the recording machine's Debian lz4 (4.0.2+dfsg) adds a requirements_utils WARNING whenever a fitted model is logged, which a pip install does not print; recorded with /work/shared/oracle/run.sh, that line left out
