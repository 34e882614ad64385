# contextlib helpers in threaded code: ExitStack to hold several locks,
# nullcontext as an optional lock, closing() for objects with close().
from contextlib import ExitStack, closing, nullcontext
import threading
import time

locks = [threading.Lock() for _ in range(3)]


class Connection:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


def update(name, lock_indexes, delay):
    time.sleep(delay)
    with ExitStack() as stack:
        for i in lock_indexes:
            stack.enter_context(locks[i])
        print(name, "holds", [l.locked() for l in locks])
        time.sleep(0.03)
    print(name, "released")


ts = [threading.Thread(target=update, args=("A", [0, 1], 0.0)),
      threading.Thread(target=update, args=("B", [1, 2], 0.01))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([l.locked() for l in locks])

for use_lock in (True, False):
    with (locks[0] if use_lock else nullcontext("no lock")) as value:
        print("inside with", value if not use_lock else locks[0].locked())

with closing(Connection("db")) as c:
    print("using", c.name)
