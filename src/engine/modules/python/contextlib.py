# contextlib: contextmanager, suppress, nullcontext, closing, ExitStack. A generator-based context manager
# runs its generator with for-loops, on the thread's own frames, so it may block (acquire a lock,
# sleep) before and after its yield. An exception in the with-body is thrown into the generator
# at its yield (gen.throw), so `except` and `finally` around the yield see it; that part runs
# nested and cannot block.


class _GeneratorContextManager:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield")

    def __exit__(self, typ, value, traceback):
        if typ is None:
            for ignored in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stop:
            # The generator caught the exception and ended: it is suppressed, unless what
            # ended the generator was that StopIteration itself.
            return stop is not value
        except BaseException as error:
            if error is value:
                return False
            if isinstance(value, StopIteration) and error.__cause__ is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func(*args, **kwds))
    return helper


class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class ExitStack:
    """Enters context managers one by one and exits them all, last first, when the with ends."""

    def __init__(self):
        self._exits = []

    def __enter__(self):
        return self

    def enter_context(self, cm):
        exit = cm.__exit__
        result = cm.__enter__()
        self._exits.append(("exit", exit))
        return result

    def push(self, exit):
        self._exits.append(("exit", exit))
        return exit

    def callback(self, callback, *args, **kwds):
        self._exits.append(("call", (callback, args, kwds)))
        return callback

    def pop_all(self):
        new = ExitStack()
        new._exits = self._exits
        self._exits = []
        return new

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, typ, value, traceback):
        suppressed = False
        pending = value
        while self._exits:
            kind, item = self._exits.pop()
            try:
                if kind == "call":
                    callback, args, kwds = item
                    callback(*args, **kwds)
                elif pending is None:
                    item(None, None, None)
                elif item(type(pending), pending, None):
                    suppressed = True
                    pending = None
            except BaseException as error:
                pending = error
        if pending is not None and pending is not value:
            raise pending
        return suppressed or (value is not None and pending is None)
