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


# zip, enumerate, map and filter over an iterable driven by Python code (a generator, the results
# of pool.map), or map and filter of a Python function: generators, which a for loop runs on the
# thread's own frames, so that the code may block. Each checks its arguments at once, as the
# built-in does, then returns the generator named like the built-in (its repr reads
# `<zip object at ...>`, engine/vm/convert.rs).


def _take_one(it, row):
    # One item of `it` on the thread's frames (next() would run a generator nested).
    for x in it:
        row.append(x)
        return True
    return False


def zip(its, strict):
    if not its:
        return
    while True:
        row = []
        for it in its:
            i = len(row)
            if not _take_one(it, row):
                if strict:
                    if i:
                        plural = "s 1-%d" % i if i > 1 else " 1"
                        raise ValueError("zip() argument %d is shorter than argument%s" % (i + 1, plural))
                    for j in range(1, len(its)):
                        if _take_one(its[j], []):
                            plural = "s 1-%d" % j if j > 1 else " 1"
                            raise ValueError("zip() argument %d is longer than argument%s" % (j + 1, plural))
                return
        yield tuple(row)


def enumerate(it, start):
    for x in it:
        yield start, x
        start += 1


def map(func, its):
    for row in zip(its, False):
        yield func(*row)


def filter(func, it):
    for x in it:
        if func(x) if func is not None else x:
            yield x


def zip_(*iterables, strict=False):
    return zip([iter(i) for i in iterables], strict)


def enumerate_(iterable, start=0):
    return enumerate(iter(iterable), start)


def map_(func, *iterables):
    if not iterables:
        raise TypeError("map() must have at least two arguments.")
    return map(func, [iter(i) for i in iterables])


def filter_(func, iterable):
    return filter(func, iter(iterable))


_nothing = object()


def next_(generator, default=_nothing):
    for x in generator:
        return x
    if default is _nothing:
        raise StopIteration
    return default
