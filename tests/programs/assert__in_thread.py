# A failing assert inside a thread is reported as "Exception in thread" with
# its traceback; the main thread carries on.
import threading


def worker(items):
    assert len(items) > 2, f"need more than 2 items, got {len(items)}"
    print("worker fine")


t = threading.Thread(target=worker, args=([1, 2],), name="checker")
t.start()
t.join()
print("main continues")
