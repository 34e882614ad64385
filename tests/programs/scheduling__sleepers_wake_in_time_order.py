# Five sleepers with different wake-up times; the clock jumps between them.
import threading
import time

start = time.monotonic()


def sleeper(name, seconds):
    time.sleep(seconds)
    print(name, "woke at", round(time.monotonic() - start, 1))


plan = [("e", 0.5), ("a", 0.1), ("d", 0.4), ("b", 0.2), ("c", 0.3)]
for name, seconds in plan:
    threading.Thread(target=sleeper, args=(name, seconds)).start()
