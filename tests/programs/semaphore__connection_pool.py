# A Semaphore(2) as a pool of two database connections: the third and fourth
# clients wait until a connection is returned.
import threading
import time

pool = threading.Semaphore(2)
log_lock = threading.Lock()


def log(msg):
    with log_lock:
        print(msg)


def client(name, start, work):
    time.sleep(start)
    log(f"{name} wants a connection")
    with pool:
        log(f"{name} connected")
        time.sleep(work)
        log(f"{name} disconnecting")


clients = [("A", 0.00, 0.10), ("B", 0.02, 0.15), ("C", 0.04, 0.05), ("D", 0.06, 0.05)]
threads = [threading.Thread(target=client, args=c) for c in clients]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("all served")
