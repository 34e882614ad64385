# An uncaught exception in a thread prints "Exception in thread ..." and its
# traceback; it ends only that thread. Other threads keep going.
import threading
import time


def compute(values):
    return values[10]


def failing():
    time.sleep(0.1)
    print("failing thread about to fail")
    compute([1, 2, 3])
    print("not reached")


def steady():
    for i in range(3):
        time.sleep(0.07)
        print("steady", i)


a = threading.Thread(target=failing)
b = threading.Thread(target=steady, name="steady")
a.start()
b.start()
a.join()
print("failing thread alive:", a.is_alive())
b.join()
print("main ends normally")
