try:
    raise TypeError("bad type")
except (ValueError, TypeError) as err:
    print(f"caught {type(err).__name__}: {err}")
finally:
    print("end")
