# Closing a generator runs its finally block; a generator abandoned half-way
# in a thread is closed when it is garbage collected (here: explicitly).
import threading
import time

events = []


def ticker(name):
    n = 0
    try:
        while True:
            yield f"{name}-{n}"
            n += 1
    finally:
        events.append(f"{name} closed at {n}")


def take(gen, count, delay):
    got = []
    for item in gen:
        time.sleep(delay)
        got.append(item)
        if len(got) == count:
            break
    gen.close()
    print(got)


a = ticker("a")
b = ticker("b")
ts = [threading.Thread(target=take, args=(a, 3, 0.01)), threading.Thread(target=take, args=(b, 2, 0.03))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(events)
a.close()
print(next(a, "exhausted"))
