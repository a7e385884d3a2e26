data = [{"v": 2}, {"v": 1}]
data.sort(key=lambda d: d["v"])
print(data, [d["v"] for d in reversed(data)])
