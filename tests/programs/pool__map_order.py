# Executor.map yields results in the order of the inputs, even when later
# inputs finish first.
from concurrent.futures import ThreadPoolExecutor
import time


def slow_echo(delay):
    time.sleep(delay)
    print("finished", delay)
    return delay * 10


with ThreadPoolExecutor(max_workers=3) as pool:
    for result in pool.map(slow_echo, [0.3, 0.1, 0.2]):
        print("map gave", result)
    for total in pool.map(lambda a, b: a + b, [1, 2], [10, 20]):
        print("sum", total)
