try:
    from sys import nope
except ImportError as e:
    print(e)
