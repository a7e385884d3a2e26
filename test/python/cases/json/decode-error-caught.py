import json
for text in ["", "[1, 2", '{"a" 1}', "[1] x", "nul"]:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(type(e).__name__, "|", e)
    except ValueError as e:
        print("ValueError", e)
