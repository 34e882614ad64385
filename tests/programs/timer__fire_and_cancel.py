# A Timer runs a function after a delay in its own thread; cancel() before
# it fires stops it.
import threading
import time


def ring(who, loud=False):
    print("ring for", who, "(loud)" if loud else "")


t1 = threading.Timer(0.2, ring, args=("ada",), kwargs={"loud": True})
t2 = threading.Timer(0.1, ring, args=("bob",))
t3 = threading.Timer(0.3, ring, args=("cancelled",))
for t in (t1, t2, t3):
    t.start()
print("timers started", isinstance(t1, threading.Thread))
time.sleep(0.05)
t3.cancel()
t1.join()
t2.join()
t3.join()
print("finished", t1.is_alive(), t3.is_alive())
