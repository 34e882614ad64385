# concurrent.futures.wait with FIRST_COMPLETED and ALL_COMPLETED returns
# the done and not-done sets.
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED
import time


def nap(seconds):
    time.sleep(seconds)
    return seconds


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(nap, s) for s in (0.3, 0.1, 0.2)]
    done, not_done = wait(futures, return_when=FIRST_COMPLETED)
    print(len(done), len(not_done), [f.result() for f in done])
    done, not_done = wait(futures, timeout=0.05)
    print(len(done), len(not_done))
    done, not_done = wait(futures, return_when=ALL_COMPLETED)
    print(len(done), len(not_done), sorted(f.result() for f in done))
