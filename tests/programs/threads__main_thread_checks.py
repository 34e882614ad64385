# main_thread() is the thread the interpreter started in; current_thread()
# depends on who asks.
import threading


def check():
    me = threading.current_thread()
    print("worker is main?", me is threading.main_thread())
    print("worker name:", me.name)
    print("main alive from worker:", threading.main_thread().is_alive())


print("main is main?", threading.current_thread() is threading.main_thread())
print("main name:", threading.main_thread().name)
print("main daemon:", threading.main_thread().daemon)
t = threading.Thread(target=check, name="checker")
t.start()
t.join()
print(type(threading.main_thread()).__name__)
