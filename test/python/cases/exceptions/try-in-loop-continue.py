results = []
for raw in ["1", "two", "3", None]:
    try:
        results.append(int(raw))
    except ValueError as e:
        print("skip:", e)
        continue
    except TypeError as e:
        print("skip:", e)
        continue
    finally:
        print("checked", repr(raw))
print(results)
