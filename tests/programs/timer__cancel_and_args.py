# threading.Timer runs a function once after a delay, with args/kwargs;
# cancel() before it fires stops it; a finished Timer is a dead thread.
import threading
import time


def remind(what, times=1):
    print(f"reminder: {what}" + "!" * times)


t1 = threading.Timer(0.05, remind, args=("tea",), kwargs={"times": 2})
t2 = threading.Timer(0.10, remind, args=("meeting",))
t3 = threading.Timer(0.15, remind, ["call home"])
for t in (t1, t2, t3):
    t.start()
time.sleep(0.07)
print("cancel meeting")
t2.cancel()
t3.join()
t2.join()
print("alive:", [t.is_alive() for t in (t1, t2, t3)])
print("interval:", t1.interval, "is Thread:", isinstance(t1, threading.Thread))
t4 = threading.Timer(0.01, remind, ("late",))
t4.cancel()
t4.start()
t4.join()
print("cancelled before start: nothing printed")
