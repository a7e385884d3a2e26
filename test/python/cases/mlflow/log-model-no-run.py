# MLflow 3.x Model.log: with no active run the model is logged without one
import mlflow
info = mlflow.sklearn.log_model(None, name="model")
print(info.run_id, mlflow.active_run())
