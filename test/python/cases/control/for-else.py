for stage in ["None", "Staging"]:
    if stage == "Production":
        print("found")
        break
else:
    print("no Production version")
for i in range(3):
    pass
print("i is", i)
