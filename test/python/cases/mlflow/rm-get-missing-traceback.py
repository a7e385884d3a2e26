# facts §3 (uncaught: the traceback ends in mlflow.exceptions.MlflowException; no quotes, no period)
import mlflow
client = mlflow.MlflowClient()
client.get_registered_model("no-such-model")
