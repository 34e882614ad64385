# sched: run functions at given times, one after another, with the given clock and sleep
# (time.monotonic and time.sleep by default, so on threadplay's virtual clock).

import heapq
import threading
import time as _time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

# Ordered by time, then priority, then the order of entry (the sequence number).
Event = namedtuple("Event", "time, priority, sequence, action, argument, kwargs")

_no_kwargs = object()


class scheduler:
    def __init__(self, timefunc=_time.monotonic, delayfunc=_time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_no_kwargs):
        if kwargs is _no_kwargs:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_no_kwargs):
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        while True:
            with self._lock:
                if not self._queue:
                    return None
                first = self._queue[0]
                now = self.timefunc()
                due = first.time <= now
                if due:
                    heapq.heappop(self._queue)
            if not due:
                if not blocking:
                    return first.time - now
                self.delayfunc(first.time - now)
            else:
                first.action(*first.argument, **first.kwargs)
                self.delayfunc(0)

    @property
    def queue(self):
        with self._lock:
            events = self._queue[:]
        return sorted(events)
