# A consumer polls the queue with get(timeout=...) and does other work when
# nothing arrives, until the producer signals it is done with an Event.
import queue
import threading
import time

q = queue.Queue()
finished = threading.Event()


def producer():
    for item in ["a", "b"]:
        time.sleep(0.25)
        q.put(item)
    time.sleep(0.1)
    finished.set()


def consumer():
    idle = 0
    while not (finished.is_set() and q.empty()):
        try:
            item = q.get(timeout=0.1)
        except queue.Empty:
            idle += 1
            continue
        print("got", item, "after", idle, "idle polls")
        idle = 0
    print("consumer stops")


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
