# A bounded queue: full(), qsize(), maxsize, put/get with timeouts and the
# nowait variants raising queue.Full and queue.Empty.
import queue

q = queue.Queue(maxsize=2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
q.put("a")
q.put_nowait("b")
print(q.qsize(), q.empty(), q.full())
try:
    q.put("c", timeout=0.1)
except queue.Full:
    print("Full after timeout")
try:
    q.put_nowait("c")
except queue.Full as e:
    print("Full at once", repr(e))
try:
    q.put("c", block=False)
except queue.Full:
    print("Full with block=False")
print(q.get(), q.get_nowait())
try:
    q.get(timeout=0.1)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(block=False)
except queue.Empty as e:
    print("Empty at once", repr(e))
print(issubclass(queue.Empty, Exception), queue.Queue().maxsize)
