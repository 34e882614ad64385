# import concurrent.futures as cf; wait(return_when=cf.FIRST_COMPLETED) in a
# loop, handling each future as soon as it is done.
import concurrent.futures as cf
import time


def job(name, seconds):
    time.sleep(seconds)
    return f"{name} after {seconds:.2f}s"


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    pending = {ex.submit(job, n, s) for n, s in [("a", 0.15), ("b", 0.05), ("c", 0.2), ("d", 0.1)]}
    while pending:
        done, pending = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
        for f in done:
            print(f.result(), "| still pending:", len(pending))
print(cf.FIRST_COMPLETED, cf.ALL_COMPLETED, cf.FIRST_EXCEPTION)
