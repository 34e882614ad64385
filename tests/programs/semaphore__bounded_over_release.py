# A BoundedSemaphore refuses to be released more times than it was
# acquired; a plain Semaphore just grows.
import threading

plain = threading.Semaphore(1)
plain.release()
print(plain.acquire(blocking=False), plain.acquire(blocking=False), plain.acquire(blocking=False))

bounded = threading.BoundedSemaphore(2)
bounded.acquire()
bounded.release()
try:
    bounded.release()
except ValueError as e:
    print("ValueError:", e)
print(bounded.acquire(timeout=0.1), bounded.acquire(timeout=0.1), bounded.acquire(timeout=0.1))
