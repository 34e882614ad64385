# With one worker, queued futures can still be cancelled; a running or
# finished one cannot.
from concurrent.futures import ThreadPoolExecutor, CancelledError
import time


def task(n):
    time.sleep(0.05)
    return n


pool = ThreadPoolExecutor(max_workers=1)
futs = [pool.submit(task, i) for i in range(4)]
time.sleep(0.01)
print("running:", [f.running() for f in futs])
print("cancel first:", futs[0].cancel())
print("cancel third:", futs[2].cancel())
print("cancelled:", [f.cancelled() for f in futs])
print(futs[0].result(), futs[1].result(), futs[3].result())
try:
    futs[2].result()
except CancelledError:
    print("CancelledError for the third")
print("done:", [f.done() for f in futs])
print("cancel finished:", futs[1].cancel())
pool.shutdown()
