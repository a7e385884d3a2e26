import traceback

def load(name):
    return {"my-model": 1}[name]

try:
    load("missing")
except KeyError:
    traceback.print_exc()
    text = traceback.format_exc()
    print("last line:", text.strip().splitlines()[-1])
print("still running")
