# PriorityQueue with (priority, name) tuples: the lowest number comes out
# first, ties broken by the second field.
import queue
import threading
import time

tasks = queue.PriorityQueue()
for job in [(3, "write report"), (1, "fix outage"), (2, "review PR"),
            (1, "answer pager"), (5, "tidy desk")]:
    tasks.put(job)

order = []


def engineer():
    while True:
        priority, name = tasks.get()
        time.sleep(0.01)
        order.append(name)
        print(f"[p{priority}] {name}")
        tasks.task_done()


threading.Thread(target=engineer, daemon=True).start()
tasks.join()
print(len(order), "tasks handled")
try:
    tasks.put_nowait(("high", "oops"))
    tasks.put_nowait((0, "bad"))
    tasks.put_nowait((None, "worse"))
    print(tasks.get_nowait())
    print(tasks.get_nowait())
except TypeError as e:
    print("TypeError:", e)
