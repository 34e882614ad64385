# The bank transfer deadlock avoided: each transfer takes its first lock,
# then tries the second with a timeout (T1 is less patient than T2). On
# failure it reports the would-be deadlock, releases what it holds, backs
# off and retries.
import threading
import time


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount, patience, backoff):
    who = threading.current_thread().name
    attempt = 1
    while True:
        with src.lock:
            time.sleep(0.1)
            if dst.lock.acquire(timeout=patience):
                try:
                    src.balance -= amount
                    dst.balance += amount
                    print(who, "moved", amount, "on attempt", attempt)
                    return
                finally:
                    dst.lock.release()
            print(who, "could not get", dst.name, "- backing off")
        time.sleep(backoff)
        attempt += 1


a = Account("A", 100)
b = Account("B", 100)
t1 = threading.Thread(target=transfer, args=(a, b, 10, 0.2, 0.1), name="T1")
t2 = threading.Thread(target=transfer, args=(b, a, 20, 0.5, 0.1), name="T2")
t1.start()
t2.start()
t1.join()
t2.join()
print("A", a.balance, "B", b.balance, "total", a.balance + b.balance)
