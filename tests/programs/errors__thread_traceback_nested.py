# An uncaught exception deep inside a thread's call chain: the report on
# stderr shows every frame; the other thread and the main thread continue.
import threading
import time


def parse_line(line):
    key, value = line.split("=")
    return key, int(value)


def load(lines):
    return dict(parse_line(l) for l in lines)


def worker(lines, delay):
    time.sleep(delay)
    config = load(lines)
    print("loaded", sorted(config.items()))


good = threading.Thread(target=worker, args=(["a=1", "b=2"], 0.01), name="good")
bad = threading.Thread(target=worker, args=(["a=1", "oops"], 0.03), name="bad")
good.start()
bad.start()
good.join()
bad.join()
print("main: still running after the failure")
