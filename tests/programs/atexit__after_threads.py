# atexit handlers run only after the non-daemon threads have finished.
import atexit
import threading
import time


def slow():
    time.sleep(0.2)
    print("thread finished")


atexit.register(print, "atexit handler")
threading.Thread(target=slow).start()
print("main reaches the end")
