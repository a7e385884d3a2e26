# scenario: model-stages
# facts §5, §10 #3 (models:/name/latest counts Archived versions)
import mlflow
client = mlflow.MlflowClient()
client.transition_model_version_stage("my-model", 3, "Archived")
m = mlflow.pyfunc.load_model("models:/my-model/latest")
print(m.metadata.run_id == client.get_model_version("my-model", 3).run_id)
