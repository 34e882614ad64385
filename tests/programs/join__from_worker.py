# One worker waits for another.
import threading
import time


def first():
    time.sleep(0.2)
    print("first done")


def second(other):
    print("second waits for", other.name)
    other.join()
    print("second done")


a = threading.Thread(target=first, name="first")
a.start()
b = threading.Thread(target=second, args=(a,), name="second")
time.sleep(0.05)
b.start()
b.join()
print("main done")
