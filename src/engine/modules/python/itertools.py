# itertools as generators, with CPython's semantics for what a course uses.


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for i in range(times):
            yield obj


def islice(iterable, *args):
    s = slice(*args)
    start = s.start or 0
    stop = s.stop
    step = s.step or 1
    if start < 0 or (stop is not None and stop < 0) or step <= 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    nexti = start
    i = 0
    for element in iterable:
        if stop is not None and i >= stop:
            return
        if i == nexti:
            yield element
            nexti += step
        i += 1


def chain(*iterables):
    for it in iterables:
        for element in it:
            yield element


def _from_iterable(iterables):
    for it in iterables:
        for element in it:
            yield element


chain.from_iterable = _from_iterable


def accumulate(iterable, func=None, *, initial=None):
    total = initial
    first = initial is None
    if initial is not None:
        yield initial
    for element in iterable:
        if first:
            total = element
            first = False
        elif func is None:
            total = total + element
        else:
            total = func(total, element)
        yield total


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def dropwhile(predicate, iterable):
    dropping = True
    for x in iterable:
        if dropping and predicate(x):
            continue
        dropping = False
        yield x


def zip_longest(*iterables, fillvalue=None):
    lists = [list(it) for it in iterables]
    longest = max((len(l) for l in lists), default=0)
    for i in range(longest):
        yield tuple(l[i] if i < len(l) else fillvalue for l in lists)


def product(*iterables, repeat=1):
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    for indices in product(range(n), repeat=r):
        if len(set(indices)) == r:
            yield tuple(pool[i] for i in indices)


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    for indices in permutations(range(n), r):
        if sorted(indices) == list(indices):
            yield tuple(pool[i] for i in indices)


def groupby(iterable, key=None):
    items = list(iterable)
    i = 0
    while i < len(items):
        k = items[i] if key is None else key(items[i])
        group = []
        while i < len(items) and (items[i] if key is None else key(items[i])) == k:
            group.append(items[i])
            i += 1
        yield k, iter(group)


def pairwise(iterable):
    items = list(iterable)
    for i in range(len(items) - 1):
        yield items[i], items[i + 1]


def filterfalse(predicate, iterable):
    for x in iterable:
        if not (bool(x) if predicate is None else predicate(x)):
            yield x
