# sched runs functions at their times on the clock it is given; builtins is the built-in
# namespace as a module; sys.exc_info() names the exception being handled.
import builtins
import sched
import sys
import threading
import time

start = time.monotonic()
log = []


def say(what):
    log.append((round(time.monotonic() - start, 1), what))


s = sched.scheduler(time.monotonic, time.sleep)
s.enter(0.2, 1, say, ("second",))
s.enter(0.1, 1, say, ("first",))
late = s.enter(0.3, 2, say, argument=("cancelled",))
s.enter(0.3, 1, say, kwargs={"what": "third"})
s.cancel(late)
print(len(s.queue), s.empty(), [e.argument or e.kwargs for e in s.queue])
s.run()
print(log, s.empty())
print(s.run(blocking=False))

print(builtins.len("abc"), builtins.print is print)
builtins.shared_answer = 42
print(shared_answer)

print(sys.exc_info())
try:
    {}["missing"]
except KeyError:
    kind, value, _ = sys.exc_info()
    print(kind, repr(value), kind is KeyError)


def worker():
    try:
        1 / 0
    except ZeroDivisionError:
        print("worker:", sys.exc_info()[0].__name__, sys.exc_info()[1])
    print("worker after:", sys.exc_info())


t = threading.Thread(target=worker)
t.start()
t.join()
