def parse(value):
    try:
        return int(value)
    except (TypeError, ValueError) as e:
        return f"{type(e).__name__}: {e}"
print(parse("5"), parse("x"), parse(None))
try:
    [][0]
except KeyError:
    print("not here")
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
except Exception:
    print("not here either")
