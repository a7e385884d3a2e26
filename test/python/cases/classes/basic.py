class ModelVersion:
    kind = "model_version"
    def __init__(self, name, version, stage="None"):
        self.name = name
        self.version = version
        self.current_stage = stage
    def promote(self, stage):
        self.current_stage = stage
        return self
    def __repr__(self):
        return f"<ModelVersion: name={self.name!r}, version={self.version}, current_stage={self.current_stage!r}>"
mv = ModelVersion("my-model", 1)
print(mv)
print(mv.promote("Staging").current_stage, mv.kind, ModelVersion.kind)
mv.description = "added later"
print(mv.description, hasattr(mv, "description"), hasattr(mv, "missing"), getattr(mv, "missing", "default"))
setattr(mv, "version", 2)
print(mv.version, isinstance(mv, ModelVersion), type(mv).__name__)
