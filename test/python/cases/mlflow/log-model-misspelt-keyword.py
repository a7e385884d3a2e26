# sklearn.log_model and pyfunc.log_model take no **kwargs: a misspelt keyword is a TypeError
import mlflow
for call in [
    lambda: mlflow.sklearn.log_model(None, name="m", registered_name="x"),
    lambda: mlflow.pyfunc.log_model(name="m", pythonmodel=None),
]:
    try:
        call()
    except TypeError as e:
        print(e)
