# The import forms: import x, import x as y, from x import y, from x import y as z.
import sys
import threading as th
import time
from threading import Thread, current_thread
from time import sleep
from time import monotonic as now


def worker():
    print("worker is", current_thread().name)


start = now()
t = Thread(target=worker)
t.start()
t.join()
sleep(0.1)
print(th.current_thread().name, round(now() - start, 1))
print(th.Thread is Thread, time.sleep is sleep)
print("sys.stderr is sys.stderr:", sys.stderr is sys.stderr)
