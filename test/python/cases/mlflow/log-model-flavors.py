# spec: log_model for every flavor the course uses, first parameter as MLflow names it
import mlflow
with mlflow.start_run():
    infos = [
        mlflow.sklearn.log_model(sk_model=None, name="sk"),
        mlflow.pytorch.log_model(pytorch_model=None, name="pt"),
        mlflow.tensorflow.log_model(model=None, name="tf"),
        mlflow.keras.log_model(model=None, name="keras"),
        mlflow.xgboost.log_model(xgb_model=None, name="xgb"),
        mlflow.lightgbm.log_model(lgb_model=None, name="lgb"),
        mlflow.transformers.log_model(transformers_model=None, name="hf"),
    ]
print([i.name for i in infos])
print(len({i.model_id for i in infos}))
# cannot-match: the simulator has every flavor's framework (torch, tensorflow, xgboost, ...) installed; the recording machine has only scikit-learn
