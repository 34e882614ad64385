# f-strings in the typical threading lesson lines.
import threading
import time


def worker(n, delay):
    me = threading.current_thread()
    time.sleep(delay)
    print(f"{me.name:<20}| job {n:>3} | {delay:.2f} s | daemon={me.daemon}")


threads = []
for i in [3, 1, 2]:
    threads.append(threading.Thread(target=worker, args=(i, 0.1 * i)))
for t in threads:
    t.start()
for t in threads:
    t.join()
