# A thread can be started only once.
import threading
import time


def worker():
    time.sleep(0.1)
    print("worker ran")


t = threading.Thread(target=worker)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("caught:", e)
t.join()
t.start()
