# is_alive() before start, while running, and after the end.
import threading
import time


def worker():
    time.sleep(0.2)


t = threading.Thread(target=worker)
print("before start:", t.is_alive())
t.start()
print("after start:", t.is_alive())
time.sleep(0.1)
print("while sleeping:", t.is_alive())
time.sleep(0.2)
print("after it ended:", t.is_alive())
t.join()
print("after join:", t.is_alive())
