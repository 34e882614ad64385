# try/finally in worker threads: cleanup runs whether the work succeeds,
# returns early or raises (the exception is then reported by the thread).
import threading
import time

lock = threading.Lock()
open_handles = set()


def task(name, mode, delay):
    open_handles.add(name)
    try:
        time.sleep(delay)
        if mode == "return":
            return "early"
        if mode == "raise":
            raise RuntimeError(f"{name} crashed")
        print(name, "worked")
    finally:
        with lock:
            open_handles.discard(name)
            print(name, "cleaned up")


ts = [threading.Thread(target=task, args=("t1", "ok", 0.01), name="t1"),
      threading.Thread(target=task, args=("t2", "return", 0.03), name="t2"),
      threading.Thread(target=task, args=("t3", "raise", 0.05), name="t3")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("handles left open:", open_handles)
