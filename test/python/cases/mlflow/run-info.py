# spec: run.info.run_id is 32 lowercase hex characters; ActiveRun holds the run as it started
import mlflow
with mlflow.start_run() as run:
    rid = run.info.run_id
    print(len(rid), all(c in "0123456789abcdef" for c in rid))
    print(run.info.experiment_id, run.info.status, type(run.info.run_name).__name__)
    print(mlflow.active_run().info.run_id == rid)
print(mlflow.active_run())
print(mlflow.get_run(rid).info.status)
