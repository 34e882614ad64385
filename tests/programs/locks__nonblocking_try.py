# acquire(blocking=False) and acquire(timeout=...) let a thread give up
# instead of waiting; locked() tells whether someone holds the lock.
import threading
import time

printer = threading.Lock()


def hog():
    with printer:
        print("hog: got the printer")
        time.sleep(0.1)
        print("hog: releasing")


def polite(name):
    if printer.acquire(blocking=False):
        print(name, "printed right away")
        printer.release()
    else:
        print(name, "found it busy")


def patient(name, timeout):
    if printer.acquire(timeout=timeout):
        try:
            print(name, "printed after waiting")
        finally:
            printer.release()
    else:
        print(name, f"gave up after {timeout}s")


h = threading.Thread(target=hog)
h.start()
time.sleep(0.02)
print("locked:", printer.locked())
polite("alice")
waiters = [threading.Thread(target=patient, args=("bob", 0.03)),
           threading.Thread(target=patient, args=("carol", 0.5))]
for w in waiters:
    w.start()
for w in waiters:
    w.join()
h.join()
print("locked:", printer.locked())
polite("dave")
