# Worker threads are named <prefix>_<n>; without a prefix CPython uses
# ThreadPoolExecutor-<pool number>_<n>.
from concurrent.futures import ThreadPoolExecutor
import threading
import time


def whoami(n):
    time.sleep(0.1)
    return threading.current_thread().name


def names(pool, count):
    seen = set()
    for name in pool.map(whoami, range(count)):
        seen.add(name)
    return sorted(seen)


with ThreadPoolExecutor(max_workers=2) as pool:
    print(names(pool, 4))
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="fetcher") as pool:
    print(names(pool, 3))
with ThreadPoolExecutor(1) as pool:
    print(pool.submit(whoami, 0).result())
print(threading.current_thread().name)
