client.transition_model_version_stage(name="m", version=1 stage="Production")
