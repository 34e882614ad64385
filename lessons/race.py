import threading

balance = 0
log = []


def note(text):
    log.append(text)


def deposit(amount, times):
    global balance
    for _ in range(times):
        current = balance                     # read the balance
        note(f"read {current}")               # write it in the bank's log
        balance = current + amount            # write the new balance back


if __name__ == "__main__":
    alice = threading.Thread(target=deposit, name="alice", args=(10, 5))
    bob = threading.Thread(target=deposit, name="bob", args=(10, 5))
    alice.start()
    bob.start()
    alice.join()
    bob.join()
    print("balance:", balance, "(10 deposits of 10 were made)")
