# Future.exception() returns the exception a task raised (or None);
# result() re-raises it in the caller.
from concurrent.futures import ThreadPoolExecutor
import time


def divide(a, b):
    time.sleep(0.01)
    return a / b


with ThreadPoolExecutor(max_workers=2) as pool:
    futs = [pool.submit(divide, 10, d) for d in (2, 0, 4)]
    for f in futs:
        exc = f.exception()
        if exc is None:
            print("ok:", f.result())
        else:
            print("failed:", type(exc).__name__, exc)
    try:
        futs[1].result()
    except ZeroDivisionError as e:
        print("result() raised:", repr(e))
    slow = pool.submit(time.sleep, 0.2)
    try:
        slow.exception(timeout=0.02)
    except TimeoutError as e:
        print("exception() timed out:", type(e).__name__)
    print("slow result:", slow.result())
