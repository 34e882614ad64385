import threading
import time

balance = 0


def deposit(amount, times):
    global balance
    name = threading.current_thread().name
    for _ in range(times):
        current = balance            # read the balance
        time.sleep(0.001)            # the bank's computer is slow
        balance = current + amount   # write the new balance back
    print(f"{name}: done")


if __name__ == "__main__":
    alice = threading.Thread(target=deposit, name="alice", args=(10, 5))
    bob = threading.Thread(target=deposit, name="bob", args=(10, 5))
    alice.start()
    bob.start()
    alice.join()
    bob.join()
    print("balance:", balance, "(10 deposits of 10 were made)")
