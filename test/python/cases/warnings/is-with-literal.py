stage = "Production"
if stage is "Production":
    print("identity of equal strings is an implementation detail")
print(stage is not "Staging", stage is None)
print(list(range(0, 10, 2))[1:3], range(0, 10, 2)[1:3], range(10)[::-2])
