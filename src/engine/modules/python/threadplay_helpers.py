# Python-level stand-ins the VM calls instead of a built-in when its argument is driven by Python
# code (a generator, an iterator object, map or filter over a function). Running the loop here, on
# the thread's own frame stack, lets that code block (sleep, join, Future.result) as it may in
# CPython, where a native loop could not.


def call_with_list(func, args, kwargs):
    args = list(args)
    items = []
    for x in args[0]:
        items.append(x)
    args[0] = items
    return func(*args, **kwargs)


def any_(iterable):
    for x in iterable:
        if x:
            return True
    return False


def all_(iterable):
    for x in iterable:
        if not x:
            return False
    return True
