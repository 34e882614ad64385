# isAlive() was removed in Python 3.9: calling it fails with an
# AttributeError that suggests is_alive.
import threading

t = threading.Thread(target=lambda: None)
t.start()
t.join()
print(t.is_alive())
print(t.isAlive())
