# Joining a thread that was never started is an error.
import threading


def worker():
    print("never runs")


t = threading.Thread(target=worker)
try:
    t.join()
except RuntimeError as e:
    print("caught:", e)
print("alive:", t.is_alive())
t.join(1)
