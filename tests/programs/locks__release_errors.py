# Releasing a Lock that is not held, and an RLock that the thread does not
# own, raise RuntimeError.
import threading

lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("Lock:", e)

rlock = threading.RLock()
try:
    rlock.release()
except RuntimeError as e:
    print("RLock:", e)

rlock.acquire()


def stranger():
    try:
        rlock.release()
    except RuntimeError as e:
        print("RLock from another thread:", e)


t = threading.Thread(target=stranger)
t.start()
t.join()
rlock.release()
print("done")
