import warnings
def deprecated_api():
    warnings.warn("deprecated_api is deprecated", FutureWarning, stacklevel=2)
    return 1
for i in range(3):
    deprecated_api()
deprecated_api()
print("done")
