# The textbook bounded buffer built from one lock and two Conditions: the
# fast producer waits while the buffer is full, the slow consumer waits
# while it is empty.
import threading
import time

CAPACITY = 2
buffer = []
lock = threading.Lock()
not_full = threading.Condition(lock)
not_empty = threading.Condition(lock)


def producer():
    for item in range(5):
        with not_full:
            while len(buffer) == CAPACITY:
                print("producer waits, buffer full", buffer)
                not_full.wait()
            buffer.append(item)
            not_empty.notify()


def consumer():
    for _ in range(5):
        time.sleep(0.1)
        with not_empty:
            while not buffer:
                not_empty.wait()
            item = buffer.pop(0)
            print("consumed", item)
            not_full.notify()


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("left in buffer:", buffer)
