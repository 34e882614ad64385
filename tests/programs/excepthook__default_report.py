# The default report for an exception raised in a thread, with a custom
# exception class and a chained cause, while other threads finish normally.
import threading
import time


class ConfigError(Exception):
    pass


def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise ConfigError("no setting " + repr(key)) from e


def worker():
    time.sleep(0.1)
    load("port")


t = threading.Thread(target=worker)
t.start()
t.join()
print("main still runs, thread alive:", t.is_alive())
