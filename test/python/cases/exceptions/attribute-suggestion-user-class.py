class ModelVersion:
    def __init__(self):
        self.version = 1
        self.current_stage = "None"
mv = ModelVersion()
print(mv.current_stge)
