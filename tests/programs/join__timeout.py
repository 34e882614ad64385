# join(timeout) returns after the timeout even if the thread is still alive.
import threading
import time


def worker():
    time.sleep(0.5)
    print("worker done")


t = threading.Thread(target=worker)
t.start()
result = t.join(timeout=0.1)
print("join returned", result, "alive:", t.is_alive())
t.join(0.1)
print("second join, alive:", t.is_alive())
t.join()
print("final join, alive:", t.is_alive())
