# The fixed race demo: the same four threads of 100000 increments, each
# increment inside `with lock:`, always give the full total.
import threading

count = 0
lock = threading.Lock()


def add_many():
    global count
    for _ in range(100000):
        with lock:
            count += 1


workers = [threading.Thread(target=add_many) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("got", count)
