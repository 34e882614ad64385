# Clocks never go backwards, and sleeping moves them forward.
import time

a = time.monotonic()
b = time.monotonic()
print(b >= a)
p = time.perf_counter()
time.sleep(0.1)
q = time.perf_counter()
print(q > p, q - p >= 0.1)
t = time.time()
time.sleep(0.1)
print(time.time() > t)
