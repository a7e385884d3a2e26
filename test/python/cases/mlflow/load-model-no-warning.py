# scenario: model-stages
# facts §4 (in 3.x loading models:/name/Stage emits no deprecation warning)
import mlflow
mlflow.MlflowClient().transition_model_version_stage("my-model", 1, "Staging")
mlflow.pyfunc.load_model("models:/my-model/Staging")
mlflow.pyfunc.load_model(model_uri="models:/my-model/Staging")
print("loaded")
