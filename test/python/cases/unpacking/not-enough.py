name, version, stage = ("my-model", 2)
