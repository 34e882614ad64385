# current_thread() and main_thread(), from main and from a worker.
import threading


def worker():
    me = threading.current_thread()
    print("in worker, current:", me.name)
    print("in worker, main:", threading.main_thread().name)
    print("worker is main?", me is threading.main_thread())


print("in main, current:", threading.current_thread().name)
print("main is current?", threading.main_thread() is threading.current_thread())
t = threading.Thread(target=worker, name="helper")
t.start()
t.join()
