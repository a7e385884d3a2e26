# MlflowClient.create_run(tags=...) stores its tags with the run
from mlflow import MlflowClient
client = MlflowClient()
run = client.create_run("0", tags={"team": "fraud", "stage": "dev"}, run_name="tagged")
print(run.data.tags["team"], run.data.tags["stage"], run.info.run_name)
print(client.get_run(run.info.run_id).data.tags["team"])
