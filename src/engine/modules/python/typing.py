# typing: enough for annotations to evaluate. Subscripting a special form returns it unchanged;
# nothing is checked at run time, as in CPython.


class _SpecialForm:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return _GenericAlias(self._name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing.%s" % self._name)

    def __repr__(self):
        return "typing." + self._name


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is None:
        return "None"
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


class _GenericAlias:
    def __init__(self, name, params):
        self._name = name
        self.__args__ = params if isinstance(params, tuple) else (params,)

    def __getitem__(self, params):
        return _GenericAlias(self._name, params)

    def __repr__(self):
        return "typing.%s[%s]" % (self._name, ", ".join(_type_repr(a) for a in self.__args__))


Any = _SpecialForm("Any")
Union = _SpecialForm("Union")
Optional = _SpecialForm("Optional")
List = _SpecialForm("List")
Dict = _SpecialForm("Dict")
Set = _SpecialForm("Set")
FrozenSet = _SpecialForm("FrozenSet")
Tuple = _SpecialForm("Tuple")
Type = _SpecialForm("Type")
Callable = _SpecialForm("Callable")
Iterable = _SpecialForm("Iterable")
Iterator = _SpecialForm("Iterator")
Generator = _SpecialForm("Generator")
Sequence = _SpecialForm("Sequence")
Mapping = _SpecialForm("Mapping")
MutableMapping = _SpecialForm("MutableMapping")
Deque = _SpecialForm("Deque")
DefaultDict = _SpecialForm("DefaultDict")
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
Literal = _SpecialForm("Literal")
NoReturn = _SpecialForm("NoReturn")
TYPE_CHECKING = False


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return "~" + self.__name__


class Generic:
    pass


class Protocol:
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def get_type_hints(obj):
    return dict(getattr(obj, "__annotations__", {}))
