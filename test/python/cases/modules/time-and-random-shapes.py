import time, random
start = time.time()
time.sleep(0.5)
print(type(start).__name__, time.time() >= start)
random.seed(42)
n = random.randint(1, 10)
print(1 <= n <= 10, 0 <= random.random() < 1, random.choice(["a"]), len(random.sample(range(10), 3)))
