# wait(return_when=FIRST_EXCEPTION) returns as soon as a task raises (or when
# all are done if none does).
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION
import time


def task(n):
    time.sleep(0.03 * n)
    if n == 2:
        raise ValueError(f"task {n} failed")
    return n


with ThreadPoolExecutor(max_workers=4) as pool:
    futs = [pool.submit(task, n) for n in (1, 2, 3, 4)]
    done, not_done = wait(futs, return_when=FIRST_EXCEPTION)
    print("done:", len(done), "not done:", len(not_done))
    for f in sorted(done, key=futs.index):
        print(" ", futs.index(f), f.exception() or f.result())
    for f in not_done:
        f.cancel()
print("after the pool:", [f.result() if not f.exception() else "error" for f in futs])

with ThreadPoolExecutor(max_workers=2) as pool:
    futs = [pool.submit(task, n) for n in (1, 3)]
    done, not_done = wait(futs, return_when=FIRST_EXCEPTION)
    print("no exception:", len(done), len(not_done))
