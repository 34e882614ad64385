# The race made visible: each thread reads the balance, pauses (longer for
# the bigger amount), then writes back its update, so the thread that
# writes first has its update lost. With a lock around read-pause-write
# nothing is lost.
import threading
import time

balance = 100
lock = threading.Lock()


def withdraw(amount, use_lock):
    global balance
    if use_lock:
        lock.acquire()
    seen = balance
    time.sleep(amount / 100)
    balance = seen - amount
    if use_lock:
        lock.release()


for use_lock in (False, True):
    balance = 100
    threads = [threading.Thread(target=withdraw, args=(a, use_lock)) for a in (10, 30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("with lock" if use_lock else "without lock", "balance:", balance)
