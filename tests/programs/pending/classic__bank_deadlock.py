# PENDING ON PURPOSE: not recordable with gen_goldens. Two transfers take the
# two account locks in opposite order with a sleep in between: each thread
# holds one lock and waits forever for the other, so CPython hangs. The
# engine should detect the deadlock and explain who holds and waits for what.
import threading
import time


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    with src.lock:
        print(threading.current_thread().name, "locked", src.name)
        time.sleep(0.1)
        with dst.lock:
            src.balance -= amount
            dst.balance += amount
            print("moved", amount, "from", src.name, "to", dst.name)


a = Account("A", 100)
b = Account("B", 100)
t1 = threading.Thread(target=transfer, args=(a, b, 10), name="T1")
t2 = threading.Thread(target=transfer, args=(b, a, 20), name="T2")
t1.start()
t2.start()
t1.join()
t2.join()
print(a.balance, b.balance)
