# A custom threading.excepthook gets an object with exc_type, exc_value,
# exc_traceback and thread; other threads keep running.
import threading
import time

seen = []


def hook(args):
    seen.append(args.thread.name)
    print(f"[hook] {args.thread.name}: {args.exc_type.__name__}: {args.exc_value}")
    print("[hook] traceback present:", args.exc_traceback is not None)


def parse(text, delay):
    time.sleep(delay)
    value = int(text)
    print(threading.current_thread().name, "parsed", value)


threading.excepthook = hook
threads = [
    threading.Thread(target=parse, args=("12", 0.01), name="good"),
    threading.Thread(target=parse, args=("twelve", 0.03), name="bad"),
    threading.Thread(target=parse, args=("7", 0.05), name="late"),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("hooked:", seen)
