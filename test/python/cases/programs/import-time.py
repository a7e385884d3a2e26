import time
t0 = time.time()
t1 = time.time()
print(t1 >= t0, isinstance(t0, float))
