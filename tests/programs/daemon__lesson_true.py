# The same lesson with daemon=True: the interpreter exits when main ends,
# and the daemon worker is stopped where it stands; its last line never appears.
import threading
import time


def worker(n):
    print(f"worker {n} started")
    time.sleep(10)
    print(f"worker {n} ended")


if __name__ == "__main__":
    print("main started")
    t = threading.Thread(target=worker, args=(1,), daemon=True)
    t.start()
    print("main ended")
