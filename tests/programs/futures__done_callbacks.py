# add_done_callback runs a function with the future when it finishes
# (immediately, in the caller, if it has already finished).
from concurrent.futures import ThreadPoolExecutor
import threading
import time

log = []


def report(fut):
    log.append(fut.result())
    print("callback got", fut.result())


def slow_square(n):
    time.sleep(0.03 * n)
    return n * n


with ThreadPoolExecutor(max_workers=3) as pool:
    for n in (3, 1, 2):
        pool.submit(slow_square, n).add_done_callback(report)
    time.sleep(0.15)
    done = pool.submit(slow_square, 0)
    time.sleep(0.02)
    print("already done:", done.done())
    done.add_done_callback(lambda f: print("late callback in", threading.current_thread().name))
print(log)
