# `with lock:` releases the lock even when the block raises, so another
# thread can still take it afterwards.
import threading
import time

lock = threading.Lock()


def careless():
    with lock:
        print("careless holds the lock:", lock.locked())
        raise RuntimeError("oops inside with")


def later():
    time.sleep(0.1)
    with lock:
        print("later got the lock")


try:
    careless()
except RuntimeError as e:
    print("main caught:", e)
print("locked after error:", lock.locked())
t = threading.Thread(target=later)
t.start()
t.join()
print("locked at the end:", lock.locked())
