# An Event lets one thread wait until another says go.
import threading
import time

ready = threading.Event()


def waiter():
    print("waiting")
    ready.wait()
    print("released")


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.1)
print("setting")
ready.set()
t.join()
print(ready.is_set(), ready.wait(0.1))
