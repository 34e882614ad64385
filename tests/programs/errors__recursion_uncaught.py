# An uncaught RecursionError: CPython folds the repeated frames in the traceback.
def forever(n):
    return forever(n + 1)


forever(0)
