xs = [0]
ys = [1 / x for x in xs]
