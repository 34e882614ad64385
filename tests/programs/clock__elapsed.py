# Measuring elapsed time with time.time(), time.monotonic() and time.perf_counter().
import time

t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.3)
print("time:", round(time.time() - t0, 1))
print("monotonic:", round(time.monotonic() - m0, 1))
print("perf_counter:", round(time.perf_counter() - p0, 1))
print(isinstance(t0, float), isinstance(m0, float), isinstance(p0, float))
print("epoch seconds:", t0 > 1000000000)
