# threading.get_native_id and threading.ThreadError (another name for
# RuntimeError) exist alongside get_ident.
import threading

print(threading.get_native_id() > 0, threading.get_native_id() == threading.current_thread().native_id)
print(threading.ThreadError is RuntimeError)
