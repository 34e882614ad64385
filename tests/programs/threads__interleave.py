# Three threads with different sleeps: the order of lines follows from the sleeps.
import threading
import time


def ticker(label, period, count):
    for i in range(count):
        time.sleep(period)
        print(label, i)


threads = [
    threading.Thread(target=ticker, args=("A", 0.1, 4)),
    threading.Thread(target=ticker, args=("B", 0.25, 2)),
    threading.Thread(target=ticker, args=("C", 0.35, 2)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
