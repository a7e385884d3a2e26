# import forms: import mlflow.<flavor>, from mlflow import <flavor>
import mlflow.sklearn
import mlflow.pyfunc as pf
from mlflow import xgboost
from mlflow.pytorch import log_model
print(mlflow.sklearn.log_model is not None, pf.log_model is not None)
with mlflow.start_run():
    print(xgboost.log_model(None, name="x").name, log_model(None, name="p").name)
# cannot-match: the simulator has every flavor's framework (torch, tensorflow, xgboost, ...) installed; the recording machine has only scikit-learn
