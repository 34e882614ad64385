# SimpleQueue has no task tracking: no task_done, join or maxsize.
import queue

sq = queue.SimpleQueue()
print(hasattr(sq, "task_done"), hasattr(sq, "join"), hasattr(sq, "maxsize"), hasattr(sq, "full"))
