# Computation takes time too: a busy-wait loop on the clock ends after 0.2 s.
import time

start = time.time()
spins = 0
while time.time() - start < 0.2:
    spins += 1
print("waited", round(time.time() - start, 1), "s; spun at least once:", spins > 0)
