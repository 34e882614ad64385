# collections: deque, defaultdict, Counter, OrderedDict and namedtuple, written over lists and
# dicts. They print and behave as CPython's do for what a course uses; they are not dict or
# tuple subclasses, so isinstance(Counter(), dict) is False here.


class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError("maxlen must be non-negative")
        self._items = []
        self._maxlen = maxlen
        for x in iterable:
            self.append(x)

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop(0)

    def appendleft(self, x):
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        if self._items:
            n = n % len(self._items)
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]

    def clear(self):
        self._items.clear()

    def count(self, x):
        return self._items.count(x)

    def remove(self, value):
        if value not in self._items:
            raise ValueError(f"{value!r} is not in deque")
        self._items.remove(value)

    def index(self, x):
        return self._items.index(x)

    def reverse(self):
        self._items.reverse()

    def copy(self):
        return deque(self._items, self._maxlen)

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __iter__(self):
        return iter(list(self._items))

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if not -len(self._items) <= i < len(self._items):
            raise IndexError("deque index out of range")
        return self._items[i]

    def __setitem__(self, i, value):
        self._items[i] = value

    def __delitem__(self, i):
        del self._items[i]

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self._maxlen is None:
            return "deque(%r)" % (self._items,)
        return "deque(%r, maxlen=%d)" % (self._items, self._maxlen)


class _DictWrapper:
    # The dict protocol over self._data, shared by defaultdict, Counter and OrderedDict.
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        if key in self._data:
            return self._data[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __bool__(self):
        return len(self._data) > 0

    def __iter__(self):
        return iter(list(self._data))

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._data == other._data
        return self._data == other

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def update(self, other=(), **kwargs):
        if isinstance(other, _DictWrapper):
            other = other._data
        self._data.update(other, **kwargs)

    def clear(self):
        self._data.clear()


class defaultdict(_DictWrapper):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        _DictWrapper.__init__(self)
        self.default_factory = default_factory
        self.update(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._data)

    def __repr__(self):
        factory = "None" if self.default_factory is None else repr(self.default_factory)
        return "defaultdict(%s, %r)" % (factory, self._data)


class OrderedDict(_DictWrapper):
    def __init__(self, other=(), **kwargs):
        _DictWrapper.__init__(self)
        self.update(other, **kwargs)

    def move_to_end(self, key, last=True):
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = self._data
            self._data = {key: value}
            self._data.update(rest)

    def popitem(self, last=True):
        if not self._data:
            raise KeyError("dictionary is empty")
        key = list(self._data)[-1 if last else 0]
        return key, self._data.pop(key)

    def copy(self):
        return OrderedDict(self._data)

    def __repr__(self):
        if not self._data:
            return "OrderedDict()"
        return "OrderedDict(%r)" % (list(self._data.items()),)


class Counter(_DictWrapper):
    def __init__(self, iterable=None, **kwargs):
        _DictWrapper.__init__(self)
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for key, count in iterable.items():
                    self._data[key] = self._data.get(key, 0) + count
            else:
                for key in iterable:
                    self._data[key] = self._data.get(key, 0) + 1
        for key in kwargs:
            self._data[key] = self._data.get(key, 0) + kwargs[key]

    def subtract(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for key, count in iterable.items():
                    self._data[key] = self._data.get(key, 0) - count
            else:
                for key in iterable:
                    self._data[key] = self._data.get(key, 0) - 1
        for key in kwargs:
            self._data[key] = self._data.get(key, 0) - kwargs[key]

    def most_common(self, n=None):
        ranked = sorted(self._data.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return ranked
        return ranked[:n]

    def elements(self):
        out = []
        for key, count in self._data.items():
            for i in range(count):
                out.append(key)
        return iter(out)

    def total(self):
        return sum(self._data.values())

    def copy(self):
        return Counter(self._data)

    def __add__(self, other):
        result = Counter()
        for key, count in self._data.items():
            total = count + other[key]
            if total > 0:
                result[key] = total
        for key, count in other.items():
            if key not in self._data and count > 0:
                result[key] = count
        return result

    def __sub__(self, other):
        result = Counter()
        for key, count in self._data.items():
            diff = count - other[key]
            if diff > 0:
                result[key] = diff
        return result

    def __repr__(self):
        if not self._data:
            return "Counter()"
        parts = ", ".join("%r: %r" % kv for kv in self.most_common())
        return "Counter({" + parts + "})"


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    defaults = tuple(defaults) if defaults else ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError("%s() takes %d positional arguments but %d were given" % (typename, len(fields) + 1, len(args) + 1))
        values = list(args)
        first_default = len(fields) - len(defaults)
        for i in range(len(args), len(fields)):
            name = fields[i]
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif i >= first_default:
                values.append(defaults[i - first_default])
            else:
                missing = [f for f in fields[i:] if f not in kwargs]
                raise TypeError("%s.__new__() missing %d required positional argument%s: %s" % (
                    typename, len(missing), "" if len(missing) == 1 else "s",
                    " and ".join(", ".join(repr(m) for m in missing).rsplit(", ", 1))))
        if kwargs:
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (typename, list(kwargs)[0]))
        object.__setattr__(self, "_values", tuple(values))

    def __getattr__(self, name):
        if name in fields:
            return self._values[fields.index(name)]
        raise AttributeError("'%s' object has no attribute '%s'" % (typename, name))

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def __repr__(self):
        return "%s(%s)" % (typename, ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self._values)))

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(fields)

    def __getitem__(self, i):
        return self._values[i]

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __lt__(self, other):
        return tuple(self) < tuple(other)

    def __hash__(self):
        return hash(self._values)

    def _asdict(self):
        return dict(zip(fields, self._values))

    def _replace(self, **kwargs):
        values = [kwargs.pop(f, v) for f, v in zip(fields, self._values)]
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return cls(*values)

    namespace = {
        "__init__": __init__, "__getattr__": __getattr__, "__setattr__": __setattr__, "__repr__": __repr__,
        "__iter__": __iter__, "__len__": __len__, "__getitem__": __getitem__, "__eq__": __eq__, "__lt__": __lt__,
        "__hash__": __hash__, "_asdict": _asdict, "_replace": _replace, "_fields": fields,
    }
    cls = type(typename, (), namespace)
    return cls
