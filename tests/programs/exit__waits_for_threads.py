# sys.exit in main still waits for non-daemon threads before exiting.
import sys
import threading
import time


def worker():
    time.sleep(0.2)
    print("worker finished after main called sys.exit")


threading.Thread(target=worker).start()
print("main exits with 2")
sys.exit(2)
