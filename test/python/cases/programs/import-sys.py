import sys
print("warning: low disk", file=sys.stderr)
print("result")
