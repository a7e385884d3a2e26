x = []
x.append(1, 2)
