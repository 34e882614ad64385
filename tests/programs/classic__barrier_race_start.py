# A race start: runners get ready at different times, wait at a Barrier,
# and all start together when the last one arrives; then they finish in
# order of their speed.
import threading
import time

RUNNERS = [("tortoise", 0.4, 0.3), ("hare", 0.1, 0.1), ("fox", 0.2, 0.2)]
start_line = threading.Barrier(len(RUNNERS), action=lambda: print("--- GO ---"))
finish = []
lock = threading.Lock()


def run(name, warmup, pace):
    time.sleep(warmup)
    print(name, "is ready")
    start_line.wait()
    time.sleep(pace)
    with lock:
        finish.append(name)
        print(name, "finishes in place", len(finish))


threads = [threading.Thread(target=run, args=r) for r in RUNNERS]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("podium:", finish)
