# %(asctime)s shows the wall-clock time: CPython's real time cannot match a
# virtual clock, so this stays pending until the goldens can normalise it.
import logging
import threading

logging.basicConfig(format="%(asctime)s %(threadName)s: %(message)s", level=logging.INFO, datefmt="%H:%M:%S")
logging.info("starting")
t = threading.Thread(target=logging.info, args=("from a thread",))
t.start()
t.join()
