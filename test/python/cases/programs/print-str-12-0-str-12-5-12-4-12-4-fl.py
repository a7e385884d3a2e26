print(str(12.0), str(12.5), 12 / 4, 12 // 4, float(12 // 4), int(12 / 4))
