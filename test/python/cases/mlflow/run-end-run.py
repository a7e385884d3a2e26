# mlflow.start_run without `with`, end_run, and status after ending
import mlflow
run = mlflow.start_run(run_name="baseline")
print(run.info.run_name, mlflow.active_run() is not None)
mlflow.end_run()
print(mlflow.active_run())
print(mlflow.get_run(run.info.run_id).info.status)
mlflow.end_run()
