versions = list(range(1, 6))
print(versions[-2:], versions[::-1][:2], max(versions, key=lambda v: v % 3))
