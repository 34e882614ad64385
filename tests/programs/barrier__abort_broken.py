# Barrier.abort() breaks the barrier: every thread waiting (and every later
# wait) gets BrokenBarrierError until reset().
import threading
import time

barrier = threading.Barrier(3)
lock = threading.Lock()


def worker(name):
    try:
        barrier.wait()
        print(name, "passed")
    except threading.BrokenBarrierError:
        with lock:
            print(name, "saw a broken barrier")


ts = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
for t in ts:
    t.start()
time.sleep(0.05)
print("waiting:", barrier.n_waiting)
barrier.abort()
for t in ts:
    t.join()
print("broken:", barrier.broken)
try:
    barrier.wait()
except threading.BrokenBarrierError as e:
    print("main:", type(e).__name__)
barrier.reset()
print("after reset broken:", barrier.broken)
ts = [threading.Thread(target=worker, args=(f"v{i}",)) for i in range(3)]
for t in ts:
    t.start()
    time.sleep(0.02)
for t in ts:
    t.join()
