# sys.exit inside a thread ends only that thread, silently.
import sys
import threading
import time


def worker():
    print("worker exits")
    sys.exit(5)
    print("not reached")


t = threading.Thread(target=worker)
t.start()
t.join()
print("main continues; worker alive:", t.is_alive())
