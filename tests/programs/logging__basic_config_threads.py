# logging.basicConfig with a format showing the thread name and level; all
# five levels at DEBUG, from the main thread and from named workers.
import logging
import threading
import time

logging.basicConfig(format="%(threadName)s %(levelname)s %(message)s", level=logging.DEBUG)


def worker(n):
    time.sleep(0.1 * n)
    logging.info("worker %d starting", n)
    time.sleep(0.05)
    logging.warning("worker %s finished", n)


logging.debug("debug message")
logging.info("info message")
logging.warning("warning message")
logging.error("error message")
logging.critical("critical message")
threads = [threading.Thread(target=worker, args=(i,), name="Worker-%d" % i) for i in range(1, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
logging.info("all done")
