import json
try:
    json.loads("{'single': 'quotes'}")
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
    print(isinstance(e, ValueError), str(e))
