# A tiny logger: threads append lines to one file under a lock; the main
# thread reads it back with a for loop over the file object.
import os
import threading
import time

LOG = "app.log"
log_lock = threading.Lock()


def log(message):
    with log_lock:
        with open(LOG, "a") as f:
            f.write(f"{threading.current_thread().name}: {message}\n")


def service(steps, delay):
    for step in steps:
        time.sleep(delay)
        log(step)


if os.path.exists(LOG):
    os.remove(LOG)
log("starting")
threads = [threading.Thread(target=service, args=(["connect", "query"], 0.04), name="db"),
           threading.Thread(target=service, args=(["listen", "accept", "reply"], 0.06), name="web")]
for t in threads:
    t.start()
for t in threads:
    t.join()
log("stopping")

with open(LOG) as f:
    for number, line in enumerate(f, 1):
        print(f"{number:02d} {line.rstrip()}")
print("exists:", os.path.exists(LOG), "size:", os.path.getsize(LOG))
