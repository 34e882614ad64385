import threading
import time


def worker(n):
    print(f"worker {n}: started")
    time.sleep(10)
    print(f"worker {n}: finished")


if __name__ == "__main__":
    print("main: started")
    t = threading.Thread(target=worker, args=(1,), daemon=False)
    t.start()
    print("main: finished")
