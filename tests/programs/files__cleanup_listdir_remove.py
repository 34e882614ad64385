# Workers create temporary files; a cleanup thread removes those that match
# a pattern; os.listdir (sorted) shows what is left.
import os
import threading
import time

os.makedirs("tmp/cache")


def make(name, delay):
    time.sleep(delay)
    with open(os.path.join("tmp", "cache", name), "w") as f:
        f.write(name * 3)


def cleanup():
    time.sleep(0.1)
    removed = []
    for name in sorted(os.listdir("tmp/cache")):
        if name.endswith(".tmp"):
            os.remove(os.path.join("tmp/cache", name))
            removed.append(name)
    print("removed", removed)


names = ["a.tmp", "b.dat", "c.tmp", "d.dat"]
ts = [threading.Thread(target=make, args=(n, 0.01 * i)) for i, n in enumerate(names)]
ts.append(threading.Thread(target=cleanup))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(os.listdir("tmp/cache")))
print({n: os.path.getsize(os.path.join("tmp/cache", n)) for n in sorted(os.listdir("tmp/cache"))})
try:
    os.remove("tmp/cache/a.tmp")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.filename, e.errno > 0)
print(os.path.exists("tmp"), os.path.isdir("tmp/cache"), os.path.isfile("tmp/cache/b.dat"))
