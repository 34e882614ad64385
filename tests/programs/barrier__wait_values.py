# Barrier(3): n_waiting counts threads at the barrier, the action runs once
# when the last arrives, and wait() returns a distinct index per thread
# (the last to arrive gets 0).
import threading
import time

barrier = threading.Barrier(3, action=lambda: print("action runs"))
results = {}


def party(name, delay):
    time.sleep(delay)
    print(name, "arrives")
    results[name] = barrier.wait()


threads = [threading.Thread(target=party, args=(n, d)) for n, d in [("a", 0.1), ("b", 0.2), ("c", 0.4)]]
for t in threads:
    t.start()
time.sleep(0.3)
print("parties", barrier.parties, "waiting", barrier.n_waiting, "broken", barrier.broken)
for t in threads:
    t.join()
print(sorted(results.items()))
print("waiting now", barrier.n_waiting)
