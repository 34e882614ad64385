# A classic mistake: args=(1) is the int 1, not a tuple. The thread fails before its target runs.
import threading


def greet(n):
    print("hello", n)


t = threading.Thread(target=greet, args=(1))
t.start()
t.join()
print("main goes on; the thread is alive:", t.is_alive())

t = threading.Thread(target=greet, args=(2,))
t.start()
t.join()
t = threading.Thread(target=greet, kwargs=[("n", 3)])
t.start()
t.join()
