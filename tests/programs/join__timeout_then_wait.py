# join(timeout) returns None whether or not the thread ended; check is_alive()
# afterwards to know which happened.
import threading
import time


def slow():
    time.sleep(0.25)
    print("slow finished")


t = threading.Thread(target=slow)
t.start()
for attempt in range(1, 10):
    r = t.join(timeout=0.1)
    print(f"attempt {attempt}: returned {r}, alive={t.is_alive()}")
    if not t.is_alive():
        break
t.join()
print("final alive:", t.is_alive())
t.join(0)
print("joining a finished thread is fine")
