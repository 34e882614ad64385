# A generator that sleeps between items, consumed by list() and sum().
import time


def ticks(n):
    for i in range(n):
        time.sleep(0.05)
        yield i


print(list(ticks(3)), sum(ticks(4)))
