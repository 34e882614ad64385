# start() lets the new thread begin: it prints before main's next line.
import threading
import time


def worker():
    print("worker: first line")
    time.sleep(0.1)
    print("worker: after sleep")


print("main: before start")
t = threading.Thread(target=worker)
t.start()
print("main: after start")
t.join()
print("main: after join")
