import json
json.loads("{'single': 'quotes'}")
