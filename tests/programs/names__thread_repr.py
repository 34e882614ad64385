# repr() of threads shows name and state (idents are normalised in the goldens).
import threading
import time


def worker():
    time.sleep(0.1)


t = threading.Thread(target=worker)
print(repr(t))
t.start()
print(repr(t))
d = threading.Thread(target=worker, name="bg", daemon=True)
d.start()
print(repr(d))
t.join()
d.join()
print(repr(t))
print(threading.main_thread())
