# Thread identifiers: None before start, an int after, get_ident() matches.
import threading

seen = []


def worker():
    seen.append(threading.get_ident() == threading.current_thread().ident)


t = threading.Thread(target=worker)
print("before start:", t.ident is None)
t.start()
t.join()
print("after start:", isinstance(t.ident, int))
print("worker saw its own ident:", seen)
print("main:", threading.get_ident() == threading.main_thread().ident)
print("different:", t.ident != threading.get_ident())
print("get_ident is int:", isinstance(threading.get_ident(), int))
