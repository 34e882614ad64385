# Explicit names, and renaming a thread before and while it runs.
import threading
import time


def worker():
    print("running as", threading.current_thread().name)
    time.sleep(0.1)
    print("now called", threading.current_thread().name)


t = threading.Thread(target=worker, name="downloader")
print(t.name)
t.name = "fetcher"
t.start()
time.sleep(0.05)
t.name = "renamed while running"
t.join()
n = threading.Thread(target=worker, name=42)
print(n.name, isinstance(n.name, str))
