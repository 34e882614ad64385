# Condition.wait_for(predicate) waits until the predicate holds; with a
# timeout it gives up and returns the predicate's last value.
import threading
import time

cond = threading.Condition()
items = []


def producer():
    for i in range(3):
        time.sleep(0.1)
        with cond:
            items.append(i)
            print("produced", i)
            cond.notify()


t = threading.Thread(target=producer)
t.start()
with cond:
    result = cond.wait_for(lambda: len(items) >= 2)
    print("wait_for returned", result, "with", items)
with cond:
    result = cond.wait_for(lambda: len(items) >= 10, timeout=0.3)
    print("timed out, returned", result, "with", items)
t.join()
