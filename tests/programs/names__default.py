# Default names: "Thread-N (target)"; the counter advances on every unnamed Thread(),
# started or not, and not on named ones.
import threading


def worker():
    pass


def other():
    pass


a = threading.Thread(target=worker)
b = threading.Thread()
c = threading.Thread(target=other, name="custom")
d = threading.Thread(target=other)
e = threading.Thread(target=worker, name="")
print(a.name)
print(b.name)
print(c.name)
print(d.name)
print(e.name)
d.start()
d.join()
print(threading.Thread(target=worker).name)
