def get_latest_versions(name, stages=None):
    return []
get_latest_versions("my-model", stage=["Production"])
