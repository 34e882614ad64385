# atexit handlers run after the main program ends, last registered first,
# with the arguments given at registration; register returns the function,
# so it also works as a decorator.
import atexit


def goodbye(name, punctuation="."):
    print("goodbye", name + punctuation)


atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punctuation="!")


@atexit.register
def cleanup():
    print("cleanup runs first")


result = atexit.register(print, "plain print", 1, 2)
print(result is print)
print("main program ends")
