# q.join() returns once every item put has been marked task_done(); one
# task_done() too many raises ValueError.
import queue
import threading
import time

q = queue.Queue()


def worker():
    while True:
        item = q.get()
        time.sleep(0.05)
        print("handled", item)
        q.task_done()


threading.Thread(target=worker, daemon=True).start()
for item in ["a", "b", "c"]:
    q.put(item)
print("unfinished before join:", q.unfinished_tasks)
q.join()
print("all tasks done, unfinished:", q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
