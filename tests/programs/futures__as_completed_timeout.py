# as_completed(timeout=...) raises TimeoutError when some futures are not
# finished in time; the ones that finished were yielded first.
import concurrent.futures
import time


def nap(seconds):
    time.sleep(seconds)
    return seconds


with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(nap, s) for s in (0.02, 0.3, 0.06)]
    try:
        for f in concurrent.futures.as_completed(futs, timeout=0.15):
            print("finished:", f.result())
    except concurrent.futures.TimeoutError as e:
        print("TimeoutError:", e)
    print(concurrent.futures.TimeoutError is TimeoutError)
    try:
        futs[1].result(timeout=0.01)
    except TimeoutError:
        print("result(timeout) also times out")
    print("eventually:", futs[1].result())
