# acquire(timeout=...) gives up while another thread holds the lock.
import threading
import time

lock = threading.Lock()


def holder():
    with lock:
        time.sleep(0.3)


threading.Thread(target=holder).start()
time.sleep(0.05)
print("got it:", lock.acquire(timeout=0.1))
print("got it:", lock.acquire(timeout=0.5))
lock.release()
