# `daemon` can be read and set before start().
import threading
import time


def worker():
    time.sleep(0.5)
    print("never printed: daemon stopped at exit")


t = threading.Thread(target=worker)
print("default:", t.daemon)
t.daemon = True
print("after setting:", t.daemon)
t.start()
time.sleep(0.1)
print("main done, worker alive:", t.is_alive())
