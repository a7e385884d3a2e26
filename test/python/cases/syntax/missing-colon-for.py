for v in [1, 2]
    print(v)
