# join() waits for the thread to finish.
import threading
import time


def worker(name, delay):
    time.sleep(delay)
    print(name, "finished")


t = threading.Thread(target=worker, args=("slow", 0.3))
t.start()
print("joining")
t.join()
print("joined; alive:", t.is_alive())
t.join(timeout=None)
print("joining a finished thread returns at once")
