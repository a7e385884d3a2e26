import os
os.environ["MLFLOW_TRACKING_URI"] = "sqlite:///mlflow.db"
print(os.environ["MLFLOW_TRACKING_URI"], os.environ.get("MISSING"), os.getenv("MISSING", "fallback"))
print(os.path.splitext("model.pkl"), os.path.dirname("/a/b/c"))
