# An Event as a starting gun: runners wait() until the main thread set()s it.
import threading
import time

go = threading.Event()
finish = []
lock = threading.Lock()


def runner(name, speed):
    print(f"{name} ready")
    go.wait()
    time.sleep(speed)
    with lock:
        finish.append(name)
        print(f"{name} finished in place {len(finish)}")


runners = [threading.Thread(target=runner, args=(n, s)) for n, s in
           [("tortoise", 0.09), ("hare", 0.01), ("fox", 0.05)]]
for r in runners:
    r.start()
    time.sleep(0.01)
print("is_set before:", go.is_set())
time.sleep(0.05)
print("GO!")
go.set()
for r in runners:
    r.join()
print("podium:", finish)
