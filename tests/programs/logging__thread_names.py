# Logging from unnamed worker threads shows their default names, and
# basicConfig accepts a level given by name.
import logging
import threading
import time

logging.basicConfig(format="[%(threadName)s] %(levelname)s: %(message)s", level="INFO")


def fetch(item):
    time.sleep(0.1 * item)
    logging.info("fetched item %d", item)


threads = [threading.Thread(target=fetch, args=(i,)) for i in range(1, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
logging.debug("debug stays hidden")
logging.info("main thread done")
