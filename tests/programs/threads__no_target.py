# A Thread without a target runs nothing and ends at once.
import threading

t = threading.Thread()
print(t.name)
t.start()
t.join()
print("alive:", t.is_alive())
