# Four threads increment a shared counter without a lock. Under CPython 3.11 a
# thread switch never falls between the load and the store of `counter += 1`,
# so no update is lost.
import threading

counter = 0


def work():
    global counter
    for i in range(100000):
        counter += 1


threads = []
for n in range(4):
    threads.append(threading.Thread(target=work))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter)
