# A CPU-bound thread does not stop a sleeping thread from waking on time:
# the sleeper wakes at 0.1 s, long before the busy loop ends at 0.3 s.
import threading
import time

start = time.monotonic()


def busy():
    total = 0
    while time.monotonic() - start < 0.3:
        total += 1
    print("busy done at", round(time.monotonic() - start, 1))


def sleeper():
    time.sleep(0.1)
    print("sleeper woke while busy still runs:", time.monotonic() - start < 0.25)


a = threading.Thread(target=busy)
b = threading.Thread(target=sleeper)
a.start()
b.start()
a.join()
b.join()
