class StageError(Exception):
    pass
def transition(stage):
    if stage not in ("Staging", "Production"):
        raise StageError(f"Invalid Model Version stage: {stage}.")
transition("Prod")
