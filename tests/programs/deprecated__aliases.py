# The camelCase aliases still work in 3.11 but print a DeprecationWarning on
# stderr, once per calling line.
import threading

t = threading.current_thread()
print(t.getName())
t.setName("Boss")
print(threading.currentThread().name, threading.activeCount())
w = threading.Thread(target=lambda: None)
w.setDaemon(True)
print(w.isDaemon())
cond = threading.Condition()
with cond:
    cond.notifyAll()
for i in range(2):
    print(t.getName())
