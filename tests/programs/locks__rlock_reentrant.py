# An RLock can be taken again by the thread that holds it (a recursive
# function here); a plain Lock cannot, as acquire(blocking=False) shows.
import threading

rlock = threading.RLock()
lock = threading.Lock()


def depth(n):
    with rlock:
        if n == 0:
            return 0
        return 1 + depth(n - 1)


print("depth", depth(4))
print(rlock.acquire(), rlock.acquire())
rlock.release()
rlock.release()
print(lock.acquire(), lock.acquire(blocking=False), lock.locked())
lock.release()
print(lock.locked())


def other():
    print("other thread gets rlock:", rlock.acquire(blocking=False))


with rlock:
    t = threading.Thread(target=other)
    t.start()
    t.join()
