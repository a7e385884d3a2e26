# mlflow.last_active_run() after the run ended: the docs idiom last_active_run().info.run_id
import mlflow
print(mlflow.last_active_run())
with mlflow.start_run(run_name="first") as run:
    print(mlflow.last_active_run().info.run_id == run.info.run_id)
last = mlflow.last_active_run()
print(type(last).__name__, last.info.run_id == run.info.run_id, last.info.status, last.info.run_name)
