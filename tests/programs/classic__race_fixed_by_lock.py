# The race-condition lesson and its fix: a read/sleep/write increment loses
# updates without a lock (the sleep forces the switch) and is exact with one.
import threading
import time

counter = 0
lock = threading.Lock()


def unsafe_increment():
    global counter
    value = counter
    time.sleep(0.1)
    counter = value + 1


def safe_increment():
    global counter
    with lock:
        value = counter
        time.sleep(0.1)
        counter = value + 1


for label, fn in [("without lock", unsafe_increment), ("with lock", safe_increment)]:
    counter = 0
    threads = [threading.Thread(target=fn) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{label}: counter = {counter} (expected 5)")
