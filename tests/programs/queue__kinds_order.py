# Queue is first in first out, LifoQueue last in first out, PriorityQueue
# smallest first (tuples compare by their first item).
import queue

fifo = queue.Queue()
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for item in [3, 1, 2]:
    fifo.put(item)
    lifo.put(item)
for job in [(2, "write"), (1, "read"), (3, "sleep"), (1, "alpha")]:
    prio.put(job)
print([fifo.get() for _ in range(3)])
print([lifo.get() for _ in range(3)])
print([prio.get() for _ in range(4)])
print(fifo.empty(), lifo.qsize(), prio.maxsize)
