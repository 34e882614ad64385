# A common mistake: calling run() instead of start() runs the target in the
# calling thread, one after the other.
import threading
import time


def task(n):
    time.sleep(0.01)
    print(f"task {n} in {threading.current_thread().name}")


threads = [threading.Thread(target=task, args=(i,), name=f"T{i}") for i in range(3)]
print("calling run():")
for t in threads:
    t.run()
print("alive after run():", [t.is_alive() for t in threads])

print("calling start():")
threads = [threading.Thread(target=task, args=(i,), name=f"T{i}") for i in range(3)]
for t in threads:
    t.start()
    t.join()
