import threading
import time

fork = threading.Lock()
knife = threading.Lock()


def diner(name, first, second):
    with first:
        print(f"{name} picked up one piece of cutlery")
        time.sleep(0.1)
        with second:
            print(f"{name} eats")


if __name__ == "__main__":
    alice = threading.Thread(target=diner, args=("alice", fork, knife), name="alice")
    bob = threading.Thread(target=diner, args=("bob", knife, fork), name="bob")
    alice.start()
    bob.start()
    alice.join()
    bob.join()
    print("dinner is over")
