# sleep accepts ints and floats; sleep(0) returns at once.
import time

start = time.monotonic()
time.sleep(0)
time.sleep(0.1)
time.sleep(1)
time.sleep(0.25)
print("slept about", round(time.monotonic() - start, 1), "s")
print(time.sleep(0))
