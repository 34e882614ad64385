# shutdown(wait=True) waits for queued tasks; submitting afterwards raises
# RuntimeError.
from concurrent.futures import ThreadPoolExecutor
import time


def job(n):
    time.sleep(0.1)
    print("job", n, "finished")
    return n


pool = ThreadPoolExecutor(max_workers=1)
futures = [pool.submit(job, n) for n in range(3)]
pool.shutdown(wait=True)
print("after shutdown:", [f.done() for f in futures])
try:
    pool.submit(job, 99)
except RuntimeError as e:
    print("RuntimeError:", e)
