# SimpleQueue: an unbounded FIFO without task tracking, with a blocking get
# that can time out.
import queue
import threading
import time

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.1)
except queue.Empty:
    print("Empty after timeout")


def late():
    time.sleep(0.2)
    sq.put("late item")


threading.Thread(target=late).start()
print("blocking get:", sq.get())
