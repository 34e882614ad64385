# Thread targets can be closures; they share globals.
import threading
import time

finished = []


def make_job(name, delay):
    def job():
        time.sleep(delay)
        finished.append(name)
        print(name, "done")
    return job


for name, delay in [("wash", 0.2), ("dry", 0.3), ("fold", 0.1)]:
    threading.Thread(target=make_job(name, delay)).start()
time.sleep(0.4)
print(finished)
print(threading.Thread(target=make_job("x", 0)).name)
