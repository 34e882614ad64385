# A closure-based counter factory used from several threads: each thread has
# its own counter; a shared one is protected with a lock captured by the closure.
import threading
import time


def make_counter(start=0, lock=None):
    count = start

    def increment(step=1):
        nonlocal count
        if lock:
            with lock:
                current = count
                time.sleep(0.001)
                count = current + step
        else:
            count += step
        return count

    return increment


def worker(name, counter, times):
    for _ in range(times):
        value = counter()
    print(f"{name} own counter ends at {value}")


shared = make_counter(100, threading.Lock())


def shared_worker():
    for _ in range(5):
        shared(2)


ts = [threading.Thread(target=worker, args=(f"w{i}", make_counter(i * 10), 3)) for i in range(3)]
ts += [threading.Thread(target=shared_worker) for _ in range(3)]
for t in ts:
    t.start()
    t.join() if t in ts[:3] else None
for t in ts:
    t.join()
print("shared counter:", shared(0))
print(shared.__closure__ is not None, make_counter.__name__, shared.__name__)
