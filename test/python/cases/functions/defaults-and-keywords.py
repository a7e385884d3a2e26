def transition(name, version, stage, archive_existing_versions=False):
    return f"{name} v{version} -> {stage} (archive={archive_existing_versions})"
print(transition("m", 1, "Staging"))
print(transition("m", version=2, stage="Production", archive_existing_versions=True))
print(transition(*["m", 3], **{"stage": "Archived"}))
