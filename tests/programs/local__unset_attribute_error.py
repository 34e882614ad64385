# Values stored on a threading.local in one thread are invisible in
# another: reading them there raises AttributeError; getattr with a default helps.
import threading

data = threading.local()
data.user = "main-user"


def worker():
    try:
        print(data.user)
    except AttributeError as e:
        print("AttributeError:", e)
    print("with default:", getattr(data, "user", "nobody"))
    data.user = "worker-user"
    print("worker set:", data.user, hasattr(data, "user"))


t = threading.Thread(target=worker)
t.start()
t.join()
print("main still:", data.user)
del data.user
print("after del:", hasattr(data, "user"))
