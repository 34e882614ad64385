# The late-binding trap: lambdas made in a loop all see the last value of the
# loop variable; default arguments or args= capture the value instead.
import threading
import time

out = []
lock = threading.Lock()


def run_all(targets):
    out.clear()
    ts = [threading.Thread(target=f) for f in targets]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return sorted(out)


def record(x):
    time.sleep(0.01)
    with lock:
        out.append(x)


late = [lambda: record(i) for i in range(3)]
print("late binding:", run_all(late))
bound = [lambda i=i: record(i) for i in range(3)]
print("default arg:", run_all(bound))
ts = [threading.Thread(target=record, args=(i,)) for i in range(3)]
out.clear()
for t in ts:
    t.start()
for t in ts:
    t.join()
print("args=:", sorted(out))
