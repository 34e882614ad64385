# The main thread is called MainThread.
import threading

print(threading.current_thread().name)
print(threading.main_thread().name)
print(threading.main_thread().daemon)
print(threading.main_thread().is_alive())
