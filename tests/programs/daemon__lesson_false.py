# The lesson that started threadplay: a non-daemon worker keeps the program alive.
# CPython prints all four lines; the last one 10 s after the others.
import threading
import time


def worker(n):
    print(f"worker {n} started")
    time.sleep(10)
    print(f"worker {n} ended")


if __name__ == "__main__":
    print("main started")
    t = threading.Thread(target=worker, args=(1,), daemon=False)
    t.start()
    print("main ended")
