class Client:
    def transition_model_version_stage(self, name, version, stage, archive_existing_versions=False):
        pass
Client().transition_model_version_stage("my-model", 1)
