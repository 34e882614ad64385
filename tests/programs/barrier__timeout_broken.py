# A Barrier whose parties never all arrive: wait(timeout) breaks it and
# every waiter gets BrokenBarrierError; reset() makes it usable again.
import threading
import time

barrier = threading.Barrier(3)


def party(name):
    try:
        barrier.wait(timeout=0.2)
        print(name, "passed")
    except threading.BrokenBarrierError:
        print(name, "saw a broken barrier")


t = threading.Thread(target=party, args=("first",))
t.start()
time.sleep(0.05)
party("main")
t.join()
print("broken:", barrier.broken)
barrier.reset()
print("after reset:", barrier.broken, barrier.n_waiting)
try:
    barrier.abort()
    barrier.wait()
except threading.BrokenBarrierError:
    print("abort breaks it too:", barrier.broken)
