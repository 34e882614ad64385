# The header names the thread; a raise with a message in a thread.
import threading


def check(n):
    if n > 2:
        raise ValueError(f"n is too large: {n}")
    print("n ok:", n)


for n in [1, 3]:
    t = threading.Thread(target=check, args=(n,), name=f"checker-{n}")
    t.start()
    t.join()
print("exit status stays 0")
