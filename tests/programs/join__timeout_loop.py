# Polling with join(timeout) until the thread ends.
import threading
import time


def worker():
    time.sleep(0.35)
    print("worker done")


t = threading.Thread(target=worker)
t.start()
checks = 0
while t.is_alive():
    t.join(0.1)
    checks += 1
    print("check", checks, "alive:", t.is_alive())
print("done after", checks, "checks")
