try:
    name = input("Model name: ")
except EOFError as e:
    print()
    print("no input:", e)
