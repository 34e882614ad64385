# A lambda as target: its default name is "Thread-1 (<lambda>)".
import threading

t = threading.Thread(target=lambda: print("hello from", threading.current_thread().name))
t.start()
t.join()
