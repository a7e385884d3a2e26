print(1 if None else 0, None or "x", [] == False, bool([]) == False, 0 == False, "" == False)
