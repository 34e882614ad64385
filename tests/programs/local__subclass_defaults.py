# Subclassing threading.local: __init__ runs once in every thread that
# touches the object, so each thread starts from the same defaults.
import threading
import time


class Context(threading.local):
    def __init__(self, user="anonymous"):
        self.user = user
        self.requests = []


ctx = Context(user="guest")


def handle(user, paths, delay):
    print("starts as", ctx.user, ctx.requests)
    ctx.user = user
    for p in paths:
        time.sleep(delay)
        ctx.requests.append(p)
    print(f"{ctx.user} made {ctx.requests}")


ts = [threading.Thread(target=handle, args=("ann", ["/a", "/b"], 0.02)),
      threading.Thread(target=handle, args=("bob", ["/x"], 0.05))]
for t in ts:
    t.start()
    time.sleep(0.005)
for t in ts:
    t.join()
print("main still sees:", ctx.user, ctx.requests)
print(hasattr(threading.local(), "user"))
