# ThreadPoolExecutor.submit returns a Future; result() waits for it; done()
# tells whether it has finished.
from concurrent.futures import ThreadPoolExecutor
import time


def square(n):
    time.sleep(0.1)
    return n * n


with ThreadPoolExecutor(max_workers=2) as pool:
    f = pool.submit(square, 7)
    print("done right away:", f.done())
    print("result:", f.result())
    print("done now:", f.done())
    futures = [pool.submit(square, n) for n in range(4)]
    print([fut.result() for fut in futures])
    g = pool.submit(pow, 2, 8)
    print(g.result(timeout=1))
print("pool closed")
