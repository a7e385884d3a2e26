# spec: a snippet's own PythonModel answers load_model(...).predict (mlflow/pyfunc/model.py calls predict(context, model_input))
import mlflow

class Doubler(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input, params=None):
        return [2 * x for x in model_input]

with mlflow.start_run():
    info = mlflow.pyfunc.log_model(name="doubler", python_model=Doubler(), registered_model_name="doubler")
model = mlflow.pyfunc.load_model("models:/doubler/1")
print(model.predict([1, 2, 3]))
