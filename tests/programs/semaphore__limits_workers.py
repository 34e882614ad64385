# A Semaphore(2) lets at most two workers into the section at once; the
# others wait their turn.
import threading
import time

slots = threading.Semaphore(2)
inside = 0
most = 0
guard = threading.Lock()


def worker(n):
    global inside, most
    time.sleep(0.03 * n)
    with slots:
        with guard:
            inside += 1
            most = max(most, inside)
        print("worker", n, "in")
        time.sleep(0.2)
        with guard:
            inside -= 1
        print("worker", n, "out")


threads = [threading.Thread(target=worker, args=(n,)) for n in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("most inside at once:", most)
