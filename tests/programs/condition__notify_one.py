# Condition.wait releases the lock while waiting; notify() wakes one waiter
# at a time, in the order they began to wait.
import threading
import time

cond = threading.Condition()
ready = []


def waiter(name):
    with cond:
        print(name, "waits")
        cond.wait()
        print(name, "woke up, ready =", ready)


threads = [threading.Thread(target=waiter, args=(n,)) for n in ["first", "second", "third"]]
for t in threads:
    t.start()
    time.sleep(0.05)
for i in range(3):
    time.sleep(0.1)
    with cond:
        ready.append(i)
        cond.notify()
for t in threads:
    t.join()
