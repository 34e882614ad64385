import threading
import time

balance = 0


def deposit(name, amount, times):
    global balance
    for _ in range(times):
        current = balance            # read the balance
        time.sleep(0.001)            # the bank's computer is slow
        balance = current + amount   # write the new balance back
    print(f"{name}: done")


if __name__ == "__main__":
    alice = threading.Thread(target=deposit, args=("alice", 10, 5), name="alice")
    bob = threading.Thread(target=deposit, args=("bob", 10, 5), name="bob")
    alice.start()
    bob.start()
    alice.join()
    bob.join()
    print("balance:", balance, "(10 deposits of 10 were made)")
