# threading.excepthook can be replaced: the hook receives the exception type,
# value and thread instead of the default report.
import threading


class TaskError(Exception):
    pass


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, "in", args.thread.name)


def failing():
    raise TaskError("disk full")


default = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=failing, name="saver")
t.start()
t.join()
threading.excepthook = default
t = threading.Thread(target=failing, name="saver2")
t.start()
t.join()
print("main ends")
