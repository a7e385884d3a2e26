print("before")
print(10 // 0)
