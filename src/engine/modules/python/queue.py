"""threadplay's queue module: FIFO, LIFO and priority queues for threads, as CPython's."""

import threading
import _thread
import _threading_sync
from heapq import heappush, heappop
from collections import deque


class Empty(Exception):
    pass


class Full(Exception):
    pass


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _thread.allocate_lock("the lock of the " + type(self).__name__)
        self.not_empty = threading.Condition(self.mutex, lambda: "an item in " + self._named(("get",)))
        self.not_full = threading.Condition(self.mutex, lambda: "a free place in " + self._named(("put",)))
        self.all_tasks_done = threading.Condition(
            self.mutex, lambda: "every task of %s to be done" % self._named(("join",)))
        self.unfinished_tasks = 0

    def _named(self, methods):
        # How the waiting thread's line names this queue: "the Queue jobs", else "the Queue".
        return _threading_sync._named(self, methods)

    def task_done(self):
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError("task_done() called too many times")
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    endtime = _thread.monotonic() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - _thread.monotonic()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = _thread.monotonic() + timeout
                while not self._qsize():
                    remaining = endtime - _thread.monotonic()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class LifoQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class SimpleQueue:
    # Unbounded FIFO without task tracking (no task_done, join, maxsize or full).
    def __init__(self):
        self._queue = []
        self._count = threading.Semaphore(0)
        self._count._waits_for = lambda: self._waits_for()
        self._name = "the SimpleQueue"

    def _waits_for(self):
        return "an item in " + self._name

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        name = _threading_sync._receiver(("get",))
        if name is not None:
            self._name = "the %s %s" % (type(self).__name__, name)
        if not self._count.acquire(block, timeout):
            raise Empty
        return self._queue.pop(0)

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)
