# logging with %(threadName)s in the format, the way tutorials show which
# thread printed what.
import logging
import threading
import time

logging.basicConfig(level=logging.DEBUG, format="%(threadName)-10s %(levelname)-7s %(message)s")


def worker(n):
    logging.debug("starting")
    time.sleep(0.02 * n)
    if n == 2:
        logging.warning("slow job %d", n)
    logging.info("finished job %s", n)


threads = [threading.Thread(target=worker, args=(n,), name=f"worker-{n}") for n in (1, 2, 3)]
for t in threads:
    t.start()
    time.sleep(0.005)
logging.info("waiting for %d threads", len(threads))
for t in threads:
    t.join()
logging.error("all done")
