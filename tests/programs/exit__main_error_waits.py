# An uncaught exception in main prints its traceback, then the interpreter still
# waits for non-daemon threads; daemon threads are stopped. Status 1.
import threading
import time


def worker(label, delay):
    time.sleep(delay)
    print(label, "finished")


threading.Thread(target=worker, args=("non-daemon", 0.2)).start()
threading.Thread(target=worker, args=("daemon", 0.4), daemon=True).start()
print("main fails now")
raise ValueError("main failed")
