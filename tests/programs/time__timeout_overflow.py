# Sleeps and timeouts of 2^63 ns (292 years) or more are OverflowError, in every API that takes
# one, as in CPython; a long but valid one is not.
import queue
import threading
import time

for secs in (9.3e9, float("inf"), 2**63 / 1e9):
    try:
        time.sleep(secs)
    except OverflowError as e:
        print("sleep", secs, "->", e)

lock = threading.Lock()
try:
    lock.acquire(timeout=1e300)
except OverflowError as e:
    print("free lock:", e)
lock.acquire()
try:
    lock.acquire(timeout=9.3e9)
except OverflowError as e:
    print("held lock:", e)
print("held lock, short timeout:", lock.acquire(timeout=0.01))

t = threading.Thread(target=lambda: None)
t.start()
try:
    t.join(1e300)
except OverflowError as e:
    print("join:", e)
t.join()

try:
    threading.Event().wait(1e300)
except OverflowError as e:
    print("event:", e)
try:
    queue.Queue().get(timeout=1e300)
except OverflowError as e:
    print("queue:", e)
print("done")
