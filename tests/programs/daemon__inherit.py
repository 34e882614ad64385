# A new thread inherits `daemon` from the thread that creates it.
import threading
import time


def child():
    pass


def parent(label):
    c = threading.Thread(target=child)
    print(label, "child daemon:", c.daemon)
    explicit = threading.Thread(target=child, daemon=False)
    print(label, "explicit child daemon:", explicit.daemon)


print("main daemon:", threading.current_thread().daemon)
a = threading.Thread(target=parent, args=("in non-daemon",))
print("a.daemon:", a.daemon)
a.start()
a.join()
b = threading.Thread(target=parent, args=("in daemon",), daemon=True)
print("b.daemon:", b.daemon)
b.start()
b.join()
