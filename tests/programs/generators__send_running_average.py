# A coroutine-style generator: prime it with next(), feed it with send(),
# stop it with close(); one per thread, fed from a queue.
import queue
import threading
import time


def averager():
    total = 0.0
    count = 0
    average = None
    try:
        while True:
            value = yield average
            total += value
            count += 1
            average = total / count
    finally:
        print(f"averager closed after {count} values")


avg = averager()
print(next(avg))
for v in (10, 20, 60):
    print(f"sent {v}, average {avg.send(v):.2f}")
avg.close()
try:
    avg.send(1)
except StopIteration:
    print("send after close: StopIteration")

readings = queue.Queue()


def sensor_consumer():
    g = averager()
    next(g)
    while (x := readings.get()) is not None:
        print(f"  reading {x} -> {g.send(x):.1f}")
    g.close()


t = threading.Thread(target=sensor_consumer)
t.start()
for x in (4, 8, 3):
    time.sleep(0.01)
    readings.put(x)
readings.put(None)
t.join()
try:
    averager().send(5)
except TypeError as e:
    print("TypeError:", e)
