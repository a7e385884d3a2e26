# `else` runs only when the try body raised nothing: not after a handler caught the exception
# (found by the registry fuzzer: the else block used to run after the handler too).
def attempt(fail):
    try:
        if fail:
            raise ValueError("boom")
        value = "ok"
    except ValueError as e:
        print("handled", e)
        value = None
    else:
        print("else", value)
    finally:
        print("finally")
    return value
print(attempt(True))
print(attempt(False))
for i in range(2):
    try:
        if i == 0:
            raise KeyError(i)
    except KeyError:
        continue
    else:
        print("else in loop", i)
