# as_completed yields futures in the order they finish: here set by the
# sleep lengths.
from concurrent.futures import ThreadPoolExecutor, as_completed
import time


def task(name, delay):
    time.sleep(delay)
    return name


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(task, n, d): n for n, d in [("slow", 0.4), ("fast", 0.1), ("medium", 0.25)]}
    for f in as_completed(futures):
        print("completed:", f.result(), "submitted as", futures[f])
