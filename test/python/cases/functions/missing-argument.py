def transition_model_version_stage(name, version, stage):
    pass
transition_model_version_stage("my-model", 1)
