# logging: basicConfig's format fields, levels, logger hierarchy, the last-resort handler, exception().
import logging
import threading
import time

log = logging.getLogger("app")
log.warning("before config %d", 1)
log.info("hidden")
logging.basicConfig(format="%(threadName)s %(levelname)s %(name)s %(funcName)s:%(lineno)d %(message)s", level=logging.DEBUG)


def worker(n):
    logging.debug("worker %s starting", n)
    time.sleep(0.1 * (n + 1))
    log.info("worker %s done", n)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
sub = logging.getLogger("app.db")
sub.error("sub error %(x)s", {"x": 5})
print(repr(sub), repr(logging.getLogger()), sub.getEffectiveLevel())
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("failed")
h = logging.StreamHandler()
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(message)s"))
other = logging.getLogger("other")
other.propagate = False
other.addHandler(h)
other.critical("crit")
other.debug("debug shown? %s", "yes")
logging.log(25, "custom level")
print(logging.getLevelName(25), logging.getLevelName("INFO"))
