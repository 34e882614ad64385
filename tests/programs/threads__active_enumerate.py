# active_count() and enumerate() list the threads alive right now.
import threading
import time


def worker(delay):
    time.sleep(delay)


def show(label):
    names = []
    for t in threading.enumerate():
        names.append(t.name)
    print(label, threading.active_count(), names)


show("start:")
a = threading.Thread(target=worker, args=(0.2,), name="short")
b = threading.Thread(target=worker, args=(0.4,), name="long")
show("created, not started:")
a.start()
b.start()
show("both running:")
time.sleep(0.3)
show("short ended:")
b.join()
show("end:")
