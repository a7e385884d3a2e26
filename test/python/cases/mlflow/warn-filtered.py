# scenario: model-stages
# facts §4: the stage FutureWarnings are ordinary Python warnings, so warnings.filterwarnings
# silences them all, including the one MLflow's own get_latest_versions call raises
import warnings
warnings.filterwarnings("ignore", category=FutureWarning)
from mlflow import MlflowClient
client = MlflowClient()
client.transition_model_version_stage("my-model", 1, "Staging")
client.set_model_version_tag("my-model", key="qa", value="passed", stage="Staging")
print(client.get_model_version("my-model", 1).tags, client.get_model_version("my-model", 1).current_stage)
