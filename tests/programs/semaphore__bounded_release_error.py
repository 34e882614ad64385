# BoundedSemaphore raises ValueError when released more times than acquired;
# a plain Semaphore silently grows.
import threading

plain = threading.Semaphore(1)
plain.release()
print("plain now allows two:", plain.acquire(blocking=False), plain.acquire(blocking=False))
print("third:", plain.acquire(blocking=False))

bounded = threading.BoundedSemaphore(2)
bounded.acquire()
bounded.release()
try:
    bounded.release()
except ValueError as e:
    print("ValueError:", e)


def misuse():
    bounded.release()


t = threading.Thread(target=misuse, name="releaser")
t.start()
t.join()
print("main continues")
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
