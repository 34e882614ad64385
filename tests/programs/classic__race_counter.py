# The classic race demo: four threads each add one to a shared counter
# 100000 times with no lock. The lesson says updates may be lost; CPython
# 3.11 only switches threads at points that never split `count += 1` on a
# global, so it prints the full total here.
import threading

count = 0
ROUNDS = 100000


def add_many():
    global count
    for _ in range(ROUNDS):
        count += 1


workers = [threading.Thread(target=add_many) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("expected", 4 * ROUNDS, "got", count)
