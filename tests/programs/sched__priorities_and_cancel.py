# The sched module: events at the same time run in priority order; cancel()
# removes a queued event; a worker thread can run its own scheduler.
import sched
import threading
import time

log = []


def job(name):
    log.append(name)
    print("run", name)


s = sched.scheduler(time.monotonic, time.sleep)
s.enter(0.05, 2, job, ("low priority",))
s.enter(0.05, 1, job, ("high priority",))
e = s.enter(0.03, 1, job, ("cancelled",))
s.enter(0.01, 1, job, argument=("first",))
s.cancel(e)
print("queued:", len(s.queue), [ev.priority for ev in s.queue])
s.run()
print(log)


def worker():
    ws = sched.scheduler(time.monotonic, time.sleep)
    for i, delay in enumerate([0.03, 0.01, 0.02]):
        ws.enter(delay, 0, job, (f"worker-{i}",))
    ws.run()


t = threading.Thread(target=worker)
t.start()
t.join()
try:
    s.cancel(e)
except ValueError:
    print("cancelling twice: ValueError")
print(s.empty())
