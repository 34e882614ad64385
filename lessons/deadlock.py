import threading

fork = threading.Lock()
knife = threading.Lock()


def diner(first, second):
    name = threading.current_thread().name
    with first:
        print(f"{name} picked up one piece of cutlery")
        with second:
            print(f"{name} eats")


if __name__ == "__main__":
    alice = threading.Thread(target=diner, name="alice", args=(fork, knife))
    bob = threading.Thread(target=diner, name="bob", args=(knife, fork))
    alice.start()
    bob.start()
    alice.join()
    bob.join()
    print("dinner is over")
