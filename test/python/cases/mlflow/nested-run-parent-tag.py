# start_run(nested=True) tags the child run with mlflow.parentRunId
import mlflow
with mlflow.start_run(run_name="parent") as parent:
    with mlflow.start_run(run_name="child", nested=True) as child:
        pass
tags = mlflow.get_run(child.info.run_id).data.tags
print(tags.get("mlflow.parentRunId") == parent.info.run_id)
print("mlflow.parentRunId" in mlflow.get_run(parent.info.run_id).data.tags)
