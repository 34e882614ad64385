# notify_all wakes every waiting thread; each then reacquires the lock in
# turn. wait(timeout) returns False when nobody notified in time.
import threading
import time

cond = threading.Condition()
go = False


def runner(name):
    with cond:
        while not go:
            cond.wait()
        print(name, "sees go")


threads = [threading.Thread(target=runner, args=("r%d" % i,)) for i in range(3)]
for t in threads:
    t.start()
time.sleep(0.1)
with cond:
    print("notified in time:", cond.wait(timeout=0.1))
    go = True
    cond.notify_all()
    print("main notified all")
for t in threads:
    t.join()
print("all done")
