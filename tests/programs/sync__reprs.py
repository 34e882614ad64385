# What print() shows for the synchronisation objects: an unlocked and a
# locked Lock, an RLock, a Semaphore, an Event and a Condition.
import threading

lock = threading.Lock()
print(lock)
lock.acquire()
print(lock)
print(threading.RLock())
print(threading.Semaphore(2), threading.Event())
print(threading.Condition())
