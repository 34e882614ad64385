# A daemon worker still finishes if main joins it.
import threading
import time


def worker(n):
    time.sleep(10)
    print(f"worker {n} ended")


if __name__ == "__main__":
    t = threading.Thread(target=worker, args=(2,), daemon=True)
    t.start()
    print("main waits")
    t.join()
    print("main ended")
