# Daemon threads are stopped where they stand at exit: their `finally` never runs.
import threading
import time


def worker():
    try:
        print("worker sleeping")
        time.sleep(5)
    finally:
        print("never printed")


def quick():
    try:
        time.sleep(0.1)
    finally:
        print("quick finally runs")


threading.Thread(target=worker, daemon=True).start()
time.sleep(0.05)
threading.Thread(target=quick).start()
print("main ends")
