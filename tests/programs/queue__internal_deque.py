# Tutorials sometimes peek at the items waiting in a queue through its
# .queue attribute, a collections.deque.
import queue

q = queue.Queue()
print(q.queue)
for item in ["a", "b"]:
    q.put(item)
print(q.queue, list(q.queue), len(q.queue))
