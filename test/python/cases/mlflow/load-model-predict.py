# spec: predict gives a deterministic answer, one per input row
import mlflow
with mlflow.start_run():
    info = mlflow.sklearn.log_model(None, name="model")
model = mlflow.pyfunc.load_model(info.model_uri)
a = model.predict([[1.0, 2.0], [3.0, 4.0]])
b = mlflow.pyfunc.load_model(info.model_uri).predict([[1.0, 2.0], [3.0, 4.0]])
print(len(a), a == b)
