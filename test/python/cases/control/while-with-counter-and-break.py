attempts = 0
status = "PENDING"
while status != "READY":
    attempts += 1
    if attempts == 3:
        status = "READY"
    print(f"attempt {attempts}: {status}")
print("done after", attempts)
