# The parts of threading that a script reaches only when it names them (RLock, Condition,
# Semaphore, Event, Barrier, Timer, local): the engine imports this module the first time one of these
# names is looked up in threading (modules/library.rs, LAZY_NAMES), so that a run that does not
# use them neither loads nor, in the page, downloads them. The classes belong to threading, as
# in CPython: they are defined under its name and put into its namespace.

__name__ = "threading"

import _thread
import threading
from threading import Lock, Thread, _time, _warn_deprecated, current_thread, get_ident


def _receiver(methods):
    # What the waiting thread's own line calls one of methods on ("ready" in "if ready.wait(1):"),
    # when every such call there names the same object; else the one item of a with statement.
    line = _thread.script_line()
    if line is None:
        return None
    code = line.split("#")[0].strip()
    found = None
    for method in methods:
        pieces = code.split("." + method + "(")
        for piece in pieces[:-1]:
            name = _tail_name(piece)
            if name:
                if found is not None and found != name:
                    return None
                found = name
    if found is None and code.startswith("with ") and code.endswith(":"):
        item = code[5:-1].split(" as ")[0].strip()
        if item and "," not in item and _tail_name(item) == item:
            found = item
    return found


def _tail_name(text):
    # The dotted name, with subscripts and calls, that text ends with ("self.jobs[i]").
    depth = 0
    i = len(text)
    while i > 0:
        c = text[i - 1]
        if c in ")]":
            depth += 1
        elif c in "([":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and not (c.isalnum() or c in "._"):
            break
        i -= 1
    if depth:
        return ""
    return text[i:].lstrip(".0123456789")


def _named(obj, methods):
    # How the waiting thread's own line names obj ("the Event ready"), else by its type alone.
    name = _receiver(methods)
    kind = type(obj).__name__
    return "the %s %s" % (kind, name) if name else "the " + kind


def _lock_of(kind):
    # The private lock of a synchronisation object: "the lock of the Event created at line 4".
    return _thread.allocate_lock("the lock of the " + kind)


class _RLock:
    def __init__(self, _label="RLock"):
        self._block = _thread.allocate_lock(_label)
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._block.release()
        return (count, owner)

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def __repr__(self):
        status = "locked" if self._block.locked() else "unlocked"
        owner = self._owner if self._owner is not None else 0
        return "<%s _thread.RLock object owner=%d count=%d at 0x%x>" % (status, owner, self._count, id(self))


def RLock(*args, **kwargs):
    return _RLock()


class Condition:
    def __init__(self, lock=None, _what=None):
        if lock is None:
            lock = _RLock("the lock of the Condition")
        self._lock = lock
        # What a waiter waits for, in words: a function, so it names the object as the line
        # that waits does.
        self._what = _what
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        if isinstance(self._lock, _RLock):
            return self._lock._release_save()
        self._lock.release()

    def _acquire_restore(self, x):
        if isinstance(self._lock, _RLock):
            self._lock._acquire_restore(x)
        else:
            self._lock.acquire()

    def _is_owned(self):
        if isinstance(self._lock, _RLock):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        what = self._what() if self._what is not None else _named(self, ("wait", "wait_for")) + " to be notified"
        waiter = _thread.signal_lock(what)
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters[:n]
        for waiter in waiters:
            waiter.release()
            try:
                self._waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _warn_deprecated("notifyAll() is deprecated, use notify_all() instead")
        self.notify_all()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(_lock_of("Semaphore"), lambda: self._waits_for())
        self._value = value
        # The threads that hold its slots, by name, and how the learner's code names it.
        self._holders = []
        self._name = None

    def _waits_for(self):
        name = self._name or "the " + type(self).__name__
        if self._holders:
            return "a free slot of %s (held by %s)" % (name, ", ".join(self._holders))
        return "a release() of " + name

    def _reword(self):
        for waiter in self._cond._waiters:
            waiter._set_label(self._waits_for())

    def _released(self, n):
        me = current_thread().name
        for i in range(n):
            if me in self._holders:
                self._holders.remove(me)
            elif self._holders:
                del self._holders[0]
        self._reword()

    def __repr__(self):
        return "<%s.%s at 0x%x: value=%d>" % (self.__class__.__module__, self.__class__.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        name = _receiver(("acquire",))
        if name is not None:
            self._name = "the %s %s" % (type(self).__name__, name)
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
                self._holders.append(current_thread().name)
                if self._cond._waiters:
                    self._reword()
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._released(n)
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at 0x%x: value=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__, id(self), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:
    def __init__(self):
        self._cond = Condition(_lock_of("Event"), lambda: _named(self, ("wait",)) + " to be set")
        self._flag = False

    def __repr__(self):
        status = "set" if self._flag else "unset"
        return "<%s.%s at 0x%x: %s>" % (self.__class__.__module__, self.__class__.__qualname__, id(self), status)

    def is_set(self):
        return self._flag

    def isSet(self):
        _warn_deprecated("isSet() is deprecated, use is_set() instead")
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(
            _lock_of("Barrier"), lambda: "all %d threads to reach %s" % (self._parties, _named(self, ("wait",))))
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        if self._state == -2:
            return "<%s.%s at 0x%x: broken>" % (self.__class__.__module__, self.__class__.__qualname__, id(self))
        return "<%s.%s at 0x%x: waiters=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__, id(self), self._count, self._parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self, _internal=True)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()
        self.finished._cond._what = lambda: "cancel() or the end of its interval"

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# threading.local: attributes are kept per (object, thread), so each thread sees only its own.
# A subclass's __init__ runs again, with the arguments the object was made with, the first time
# another thread touches the object, as in CPython.
_local_dicts = {}


class local:
    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and _own_init(cls) is None:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__args", (args, kwargs))
        # The creating thread's dict: its __init__ runs as the object is made.
        _local_dicts[(id(self), _thread.current_tid())] = {}
        return self

    def _local__dict(self):
        key = (id(self), _thread.current_tid())
        d = _local_dicts.get(key)
        if d is None:
            d = _local_dicts[key] = {}
            init = _own_init(type(self))
            if init is not None:
                args, kwargs = object.__getattribute__(self, "_local__args")
                init(self, *args, **kwargs)
        return d

    def __getattr__(self, name):
        d = local._local__dict(self)
        if name not in d:
            raise AttributeError("'%s' object has no attribute '%s'" % (_local_name(self), name))
        return d[name]

    def __setattr__(self, name, value):
        local._local__dict(self)[name] = value

    def __delattr__(self, name):
        d = local._local__dict(self)
        if name not in d:
            raise AttributeError("'%s' object has no attribute '%s'" % (_local_name(self), name))
        del d[name]


def _own_init(cls):
    # The __init__ of a subclass of local, if it has one.
    for k in cls.__mro__:
        if k is local:
            return None
        if "__init__" in k.__dict__:
            return k.__dict__["__init__"]
    return None


def _local_name(obj):
    return "_thread._local" if type(obj) is local else type(obj).__name__


threading._RLock = _RLock
threading.RLock = RLock
threading.Condition = Condition
threading.Semaphore = Semaphore
threading.BoundedSemaphore = BoundedSemaphore
threading.Event = Event
threading.BrokenBarrierError = BrokenBarrierError
threading.Barrier = Barrier
threading.Timer = Timer
threading.local = local
