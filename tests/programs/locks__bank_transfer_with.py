# A bank account guarded by a Lock: deposits and withdrawals from several
# threads, each read-sleep-write step protected by `with self.lock`.
import threading
import time


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            current = self.balance
            time.sleep(0.01)  # a slow database
            self.balance = current + amount

    def withdraw(self, amount):
        with self.lock:
            if self.balance < amount:
                print(f"refused {amount}, balance {self.balance}")
                return False
            current = self.balance
            time.sleep(0.01)
            self.balance = current - amount
            return True


acct = Account(100)
ops = [(acct.deposit, 50), (acct.withdraw, 30), (acct.deposit, 20), (acct.withdraw, 500)]


def later(delay, fn, amount):
    time.sleep(delay)
    fn(amount)


# the big withdrawal comes last, after the others had their turn
delays = [0.0, 0.002, 0.004, 0.1]
threads = [threading.Thread(target=later, args=(d, fn, amt)) for d, (fn, amt) in zip(delays, ops)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("final balance:", acct.balance)
print("lock free again:", not acct.lock.locked())
