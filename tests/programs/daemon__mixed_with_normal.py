# The interpreter waits for non-daemon threads at exit but not for daemon ones.
import threading
import time


def background():
    for i in range(100):
        print("heartbeat", i)
        time.sleep(0.1)


def job(name, delay):
    time.sleep(delay)
    print(name, "done")


hb = threading.Thread(target=background, daemon=True)
hb.start()
time.sleep(0.05)
jobs = [threading.Thread(target=job, args=("job-a", 0.1)),
        threading.Thread(target=job, args=("job-b", 0.2))]
for j in jobs:
    j.start()
print("daemon flags:", hb.daemon, [j.daemon for j in jobs])
print("main returns without join")
