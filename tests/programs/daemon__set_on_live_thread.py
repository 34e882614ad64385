# Setting daemon on a running thread is an error (uncaught here).
import threading
import time


def worker():
    time.sleep(0.2)
    print("worker done")


t = threading.Thread(target=worker)
t.start()
print("started")
t.daemon = True
print("not reached")
