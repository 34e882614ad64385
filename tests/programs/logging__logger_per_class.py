# A named logger per component, a handler with its own formatter, levels
# filtering messages; the worker threads log through the same logger.
import logging
import sys
import threading
import time

logger = logging.getLogger("downloader")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(name)s:%(levelname)s] %(threadName)s - %(message)s"))
logger.addHandler(handler)
logger.setLevel(logging.INFO)


def download(url, delay):
    logger.debug("not shown: %s", url)
    time.sleep(delay)
    logger.info("got %s", url)


ts = [threading.Thread(target=download, args=(u, d), name=f"dl-{i}")
      for i, (u, d) in enumerate([("a.com", 0.04), ("b.org", 0.01)])]
for t in ts:
    t.start()
for t in ts:
    t.join()
logger.warning("%d downloads", len(ts))
print(logger.name, logger.level, logger.getEffectiveLevel(), logger.isEnabledFor(logging.DEBUG))
print(logging.getLevelName(logging.WARNING), logging.getLogger("downloader") is logger)
