# Each running thread has its own identifier; compare them, never print them.
import threading
import time

idents = {}
lock = threading.Lock()


def record(name):
    me = threading.get_ident()
    time.sleep(0.05)
    with lock:
        idents[name] = me
    assert me == threading.current_thread().ident


threads = [threading.Thread(target=record, args=(f"t{i}",)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(sorted(idents))
print("all distinct:", len(set(idents.values())) == len(idents))
print("main differs:", threading.get_ident() not in idents.values())
print("ident matches:", all(t.ident == idents[f"t{i}"] for i, t in enumerate(threads)))
print("ints:", all(isinstance(v, int) for v in idents.values()))
print("unstarted ident:", threading.Thread(target=print).ident)
