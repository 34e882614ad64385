# Threads started in one order wake in the order of their sleeps.
import threading
import time


def sleeper(seconds):
    time.sleep(seconds)
    print("slept", seconds)


for s in [0.3, 0.1, 0.2]:
    threading.Thread(target=sleeper, args=(s,)).start()
print("main started all")
