def work():
    try:
        raise RuntimeError("inner")
    finally:
        print("cleanup runs")
work()
