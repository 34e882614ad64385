# Every import form a tutorial uses for packages: a submodule by from-import, dotted imports with
# and without `as`, a name from a dotted module; and the classes name their module as CPython's.
import threading
from concurrent import futures
import concurrent.futures
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import os.path
import os.path as osp
from os.path import join


def square(n):
    return n * n


with futures.ThreadPoolExecutor(max_workers=2) as pool:
    jobs = [pool.submit(square, n) for n in range(5)]
    print(sorted(f.result() for f in futures.as_completed(jobs)))
    done, not_done = futures.wait(jobs)
    print(len(done), len(not_done))
    print(repr(pool).startswith("<concurrent.futures.thread.ThreadPoolExecutor object at 0x"))

print(futures is concurrent.futures is cf, ThreadPoolExecutor is cf.ThreadPoolExecutor)
print(as_completed is futures.as_completed, wait is cf.wait)
print(type(pool), cf.Future, cf.CancelledError, cf.TimeoutError is TimeoutError)
print(join("logs", "run.txt"), osp.join("a", "b") == os.path.join("a", "b"))
try:
    from concurrent import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print(threading.active_count())
