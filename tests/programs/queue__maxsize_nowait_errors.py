# A bounded Queue: full()/empty()/qsize(), put_nowait raising queue.Full,
# get_nowait raising queue.Empty, and timeouts on both.
import queue
import time

q = queue.Queue(maxsize=2)
print("maxsize", q.maxsize, "empty", q.empty(), "full", q.full())
q.put_nowait("a")
q.put("b", block=False)
print("qsize", q.qsize(), "full", q.full())
try:
    q.put_nowait("c")
except queue.Full:
    print("queue.Full from put_nowait")
start = time.monotonic()
try:
    q.put("c", timeout=0.05)
except queue.Full as e:
    print("queue.Full after timeout; waited enough:", time.monotonic() - start >= 0.04, repr(e))
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("queue.Empty from get_nowait")
try:
    q.get(timeout=0.02)
except queue.Empty as e:
    print("queue.Empty after timeout", type(e).__mro__[1].__name__)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Full, Exception), queue.Empty.__name__)
