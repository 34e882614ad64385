# list(pool.map(...)) and sorted(...) over it wait for every result while
# consuming the iterator, as tutorials often write it.
from concurrent.futures import ThreadPoolExecutor
import time


def slow_double(n):
    time.sleep(0.1 * (3 - n))
    return n * 2


with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(slow_double, range(3))))
    print(sorted(pool.map(slow_double, [2, 0, 1]), reverse=True))
