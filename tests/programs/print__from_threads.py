# Each print from a thread is one whole line; stderr and stdout are separate.
import sys
import threading
import time


def worker(n):
    time.sleep(0.1 * n)
    print("out from", n)
    print("err from", n, file=sys.stderr)


for n in [2, 1, 3]:
    threading.Thread(target=worker, args=(n,)).start()
