# shutdown(wait=False) returns at once; the already submitted work still
# finishes, and new submissions are refused.
from concurrent.futures import ThreadPoolExecutor
import time


def work(n):
    time.sleep(0.05 * n)
    print("work", n, "finished")
    return n * 10


pool = ThreadPoolExecutor(max_workers=2)
futs = [pool.submit(work, n) for n in (1, 2)]
pool.shutdown(wait=False)
print("shutdown returned, done:", [f.done() for f in futs])
try:
    pool.submit(work, 3)
except RuntimeError as e:
    print("RuntimeError:", e)
print([f.result() for f in futs])
pool2 = ThreadPoolExecutor(max_workers=2)
f = pool2.submit(work, 1)
pool2.shutdown(wait=True)
print("after wait=True, done:", f.done())
