version = None
int(version)
