# Event.wait(timeout) returns the flag: False when it timed out, True when set.
# clear() resets it so the next wait blocks again.
import threading
import time

ready = threading.Event()


def setter(delay):
    time.sleep(delay)
    print(f"setting after {delay}")
    ready.set()


print("wait with nothing set:", ready.wait(0.03))
threading.Thread(target=setter, args=(0.05,)).start()
print("wait long enough:", ready.wait(1))
print("wait again, still set:", ready.wait(0.01))
ready.clear()
print("after clear:", ready.is_set(), ready.wait(0.02))
t = threading.Thread(target=setter, args=(0.2,))
t.start()
print("too short:", ready.wait(0.05))
t.join()
print("set at the end:", ready.is_set())
