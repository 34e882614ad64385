# LifoQueue hands out the most recently added item first, like a stack;
# task_done()/join() work the same as for Queue.
import queue
import threading
import time

stack = queue.LifoQueue()
for page in ["home", "about", "blog", "contact"]:
    stack.put(page)
print("size:", stack.qsize())


def visitor():
    while True:
        page = stack.get()
        time.sleep(0.02)
        print("back to", page)
        stack.task_done()


threading.Thread(target=visitor, daemon=True).start()
stack.join()
print("empty:", stack.empty())
stack.put("x")
stack.put("y")
stack.join()
print("done")
