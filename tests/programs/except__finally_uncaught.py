# finally runs even when the exception is not caught; the traceback comes after.
def work():
    try:
        print("working")
        return 1 / 0
    finally:
        print("cleanup")


work()
