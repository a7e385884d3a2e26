# scenario: model-stages
# facts §2.2: _validate_model_version (mlflow/utils/validation.py) calls int(version) and catches
# only ValueError; None, a list or a whole ModelVersion (instead of mv.version) make int() raise
# TypeError, which reaches the learner bare. Checks before it still come first.
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
# known-difference: MLflow's store wraps int()'s TypeError for a non-number version in an MlflowException; the simulator raises the TypeError
