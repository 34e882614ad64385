# A thread cannot join itself.
import threading


def worker():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("worker:", e)


t = threading.Thread(target=worker)
t.start()
t.join()
threading.current_thread().join()
