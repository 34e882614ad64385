# Event.wait(timeout) returns False when the event stays clear and True once
# it is set; clear() resets it.
import threading
import time

ready = threading.Event()


def setter():
    time.sleep(0.3)
    print("setting")
    ready.set()


print("is_set:", ready.is_set())
print("short wait:", ready.wait(timeout=0.1))
threading.Thread(target=setter).start()
print("long wait:", ready.wait(timeout=2))
print("is_set:", ready.is_set(), "wait again:", ready.wait(0.01))
ready.clear()
print("after clear:", ready.is_set(), ready.wait(0.05))
