# dataclasses: @dataclass writes __init__, __repr__, __eq__ (and the ordering methods, and a
# read-only __setattr__ for frozen classes) from the class's annotations, as CPython's does.

MISSING = object()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, compare):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare

    def __repr__(self):
        return "Field(name=%r,type=%r,default=%r)" % (self.name, self.type, self.default)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None,
          kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, compare)


def fields(class_or_instance):
    return tuple(class_or_instance.__dataclass_fields__.values())


def asdict(obj):
    return {f.name: getattr(obj, f.name) for f in fields(obj)}


def astuple(obj):
    return tuple(getattr(obj, f.name) for f in fields(obj))


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, frozen, unsafe_hash)
    if cls is None:
        return wrap
    return wrap(cls)


def _own_fields(cls):
    own = vars(cls).get("__annotations__", {})
    result = []
    for name, typ in own.items():
        default = vars(cls).get(name, MISSING)
        if isinstance(default, Field):
            f = default
            if f.default is MISSING:
                delattr_safe(cls, name)
            else:
                setattr(cls, name, f.default)
        else:
            f = Field(default, MISSING, True, True, True)
        if isinstance(f.default, (list, dict, set)):
            raise ValueError("mutable default %s for field %s is not allowed: use default_factory" % (
                type(f.default), name))
        f.name = name
        f.type = typ
        result.append(f)
    return result


def delattr_safe(cls, name):
    try:
        delattr(cls, name)
    except AttributeError:
        pass


def _process_class(cls, init, repr_, eq, order, frozen, unsafe_hash=False):
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            all_fields[f.name] = f
    for f in _own_fields(cls):
        all_fields[f.name] = f
    cls.__dataclass_fields__ = all_fields
    flist = list(all_fields.values())
    name = cls.__qualname__

    if init:
        seen_default = False
        for f in flist:
            if not f.init:
                continue
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument '%s' follows default argument" % f.name)

        def __init__(self, *args, **kwargs):
            params = [f for f in flist if f.init]
            if len(args) > len(params):
                raise TypeError("%s.__init__() takes %d positional arguments but %d were given" % (
                    name,
                    len(params) + 1, len(args) + 1))
            missing = []
            values = {}
            for i, f in enumerate(params):
                if i < len(args):
                    if f.name in kwargs:
                        raise TypeError("%s.__init__() got multiple values for argument '%s'" % (name, f.name))
                    values[f.name] = args[i]
                elif f.name in kwargs:
                    values[f.name] = kwargs.pop(f.name)
                elif f.default is not MISSING:
                    values[f.name] = f.default
                elif f.default_factory is not MISSING:
                    values[f.name] = f.default_factory()
                else:
                    missing.append(f.name)
            for key in kwargs:
                if key not in values:
                    raise TypeError("%s.__init__() got an unexpected keyword argument '%s'" % (name, key))
            if missing:
                quoted = ["'%s'" % m for m in missing]
                if len(quoted) > 1:
                    listed = ", ".join(quoted[:-1]) + " and " + quoted[-1]
                else:
                    listed = quoted[0]
                raise TypeError("%s.__init__() missing %d required positional argument%s: %s" % (
                    name,
                    len(missing), "" if len(missing) == 1 else "s", listed))
            for f in flist:
                if not f.init:
                    if f.default_factory is not MISSING:
                        values[f.name] = f.default_factory()
                    elif f.default is not MISSING:
                        values[f.name] = f.default
                    else:
                        continue
                object.__setattr__(self, f.name, values[f.name])
            post = getattr(self, "__post_init__", None)
            if post is not None:
                post()
        cls.__init__ = __init__

    if repr_:
        def __repr__(self):
            parts = ", ".join("%s=%r" % (f.name, getattr(self, f.name)) for f in flist if f.repr)
            return "%s(%s)" % (name, parts)
        cls.__repr__ = __repr__

    def _key(self):
        return tuple(getattr(self, f.name) for f in flist if f.compare)

    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _key(self) == _key(other)
            return NotImplemented
        cls.__eq__ = __eq__

    if order:
        def __lt__(self, other):
            return _key(self) < _key(other)

        def __le__(self, other):
            return _key(self) <= _key(other)

        def __gt__(self, other):
            return _key(self) > _key(other)

        def __ge__(self, other):
            return _key(self) >= _key(other)
        cls.__lt__ = __lt__
        cls.__le__ = __le__
        cls.__gt__ = __gt__
        cls.__ge__ = __ge__

    # CPython's rule: a frozen class that compares by value hashes by value; one that compares
    # by value but can change is unhashable (unless it wrote its own __hash__).
    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(_key(self))
        cls.__hash__ = __hash__
    elif eq and "__hash__" not in cls.__dict__:
        cls.__hash__ = None

    if frozen:
        def __setattr__(self, key, value):
            raise FrozenInstanceError("cannot assign to field '%s'" % key)
        cls.__setattr__ = __setattr__
    return cls
