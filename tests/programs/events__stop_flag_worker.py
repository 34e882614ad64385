# Stopping a background loop cleanly with an Event: the worker uses
# stop.wait(interval) as an interruptible sleep.
import threading
import time

stop = threading.Event()
ticks = []


def monitor():
    n = 0
    while not stop.is_set():
        n += 1
        ticks.append(n)
        print("tick", n)
        if stop.wait(0.1):
            break
    print("monitor stopping cleanly")


t = threading.Thread(target=monitor, name="monitor")
t.start()
time.sleep(0.35)
print("asking monitor to stop")
stop.set()
t.join()
print("ticks:", ticks, "alive:", t.is_alive())
