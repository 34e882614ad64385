# Main and a worker take turns by sleeping.
import threading
import time


def worker():
    for i in range(3):
        print("worker", i)
        time.sleep(0.2)


time.sleep(0.05)
t = threading.Thread(target=worker)
t.start()
for i in range(3):
    time.sleep(0.15)
    print("main", i)
t.join()
