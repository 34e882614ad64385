# An exception in a task is kept in its Future: exception() returns it and
# result() raises it again in the caller.
from concurrent.futures import ThreadPoolExecutor


def divide(a, b):
    return a / b


with ThreadPoolExecutor(max_workers=2) as pool:
    ok = pool.submit(divide, 6, 3)
    bad = pool.submit(divide, 1, 0)
    print(ok.result(), ok.exception())
    print(repr(bad.exception()))
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("result() raised:", e)
print("pool closed cleanly")
