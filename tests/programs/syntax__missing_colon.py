# A syntax error: nothing runs, not even the first print.
print("this never prints")


def worker(n)
    print(n)
