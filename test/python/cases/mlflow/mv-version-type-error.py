# scenario: model-stages
# _validate_model_version (mlflow/utils/validation.py) calls int(version) and catches only
# ValueError; None, a list or a whole ModelVersion (instead of mv.version) make int() raise
# TypeError. Inside a store session (get, transition...) it is wrapped as MlflowException
# (INTERNAL_ERROR, same text); set_registered_model_alias checks outside one, so it stays bare
# (recorded from MLflow 3.6.1.dev0; facts §2.2 says bare everywhere). Checks before it come first.
from mlflow import MlflowClient
client = MlflowClient()
mv = client.get_model_version("my-model", 1)
for name, version in [("my-model", None), ("my-model", mv), ("my-model", [1])]:
    try:
        client.get_model_version(name, version)
    except Exception as e:
        print(type(e).__name__, e)
try:
    client.transition_model_version_stage("ghost", None, "Staging")
except Exception as e:
    print(type(e).__name__, e)
client.set_registered_model_alias("my-model", "champion", mv)
# known-difference: the bare TypeError's traceback shows MLflow's own frames in MLflow; the simulator shows only the learner's frame
