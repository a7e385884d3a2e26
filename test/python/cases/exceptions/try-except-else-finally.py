def attempt(x):
    try:
        result = 10 / x
    except ZeroDivisionError as e:
        print("error:", e)
        return "failed"
    else:
        print("ok:", result)
        return "succeeded"
    finally:
        print("cleanup")
print(attempt(2))
print(attempt(0))
