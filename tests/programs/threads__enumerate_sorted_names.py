# Watching threading.enumerate() and active_count() while workers come and go.
import threading
import time


def worker(delay):
    time.sleep(delay)


def snapshot(label):
    names = sorted(t.name for t in threading.enumerate())
    print(f"{label:<10} count={threading.active_count()} {names}")


threads = [threading.Thread(target=worker, args=(0.05 * (i + 1),), name=f"w{i}") for i in range(3)]
snapshot("before")
for t in threads:
    t.start()
snapshot("started")
time.sleep(0.075)
snapshot("one gone")
time.sleep(0.05)
snapshot("two gone")
for t in threads:
    t.join()
snapshot("after")
print(threading.main_thread() in threading.enumerate())
