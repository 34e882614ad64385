# A BoundedSemaphore limiting concurrent downloads to 2, with acquire(timeout)
# so that a client can give up; the peak concurrency is tracked under a lock.
import threading
import time

slots = threading.BoundedSemaphore(2)
lock = threading.Lock()
active = 0
peak = 0


def download(name, start, duration, patience):
    global active, peak
    time.sleep(start)
    if not slots.acquire(timeout=patience):
        print(f"{name}: no slot within {patience}s, giving up")
        return
    try:
        with lock:
            active += 1
            peak = max(peak, active)
        print(f"{name}: downloading")
        time.sleep(duration)
    finally:
        with lock:
            active -= 1
        slots.release()
        print(f"{name}: done")


plan = [("a", 0.00, 0.30, 1), ("b", 0.05, 0.60, 1), ("c", 0.10, 0.10, 0.05), ("d", 0.15, 0.10, 1)]
ts = [threading.Thread(target=download, args=p) for p in plan]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak concurrency:", peak)
