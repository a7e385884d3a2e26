version = 3
print("version " + version)
