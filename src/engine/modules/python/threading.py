"""threadplay's threading module, built on _thread as CPython builds its own.

Internal code: hidden from tracebacks and from line steps. Texts follow CPython 3.11.
"""

import _thread

_active = {}
_main_thread = None
TIMEOUT_MAX = _thread.TIMEOUT_MAX


def _newname(template="Thread-%d"):
    return template % _thread.next_counter()


ThreadError = RuntimeError


def get_native_id():
    return _thread.native_id(_thread.current_tid())


def get_ident():
    return _thread.get_ident()


def _warn_deprecated(message):
    _thread.warn("DeprecationWarning", message)


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None, _internal=False):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        if not _internal:
            override = _thread.daemon_override()
            if override is not None:
                self._daemonic = override
        self._ident = None
        self._tid = None
        # The script line of the Thread(...) call, for the timeline and the page's daemon switch.
        self._line = _thread.user_frame()[0]
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        target = None
        if self._target is not None:
            try:
                target = self._target.__name__
            except AttributeError:
                target = None
        self._tid = _thread.start_new_thread(self, self._name, self._daemonic, target, self._line)

    def _bootstrap(self):
        self._tid = _thread.current_tid()
        self._ident = _thread.get_ident()
        _active[self._tid] = self
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            excepthook(_ExceptHookArgs(e, self))
        finally:
            self._is_stopped = True
            del _active[self._tid]

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._tid is not None:
            _thread.join(self._tid, timeout)

    def is_alive(self):
        return self._started and not self._is_stopped

    def _get_name(self):
        return self._name

    def _set_name(self, name):
        self._name = str(name)

    name = property(_get_name, _set_name)

    def _get_ident(self):
        return self._ident

    ident = property(_get_ident)

    @property
    def native_id(self):
        if self._tid is None:
            return None
        return _thread.native_id(self._tid)

    def _get_daemon(self):
        return self._daemonic

    def _set_daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    daemon = property(_get_daemon, _set_daemon)

    def isDaemon(self):
        _warn_deprecated("isDaemon() is deprecated, get the daemon attribute instead")
        return self.daemon

    def setDaemon(self, daemonic):
        _warn_deprecated("setDaemon() is deprecated, set the daemon attribute instead")
        self.daemon = daemonic

    def getName(self):
        _warn_deprecated("getName() is deprecated, get the name attribute instead")
        return self.name

    def setName(self, name):
        _warn_deprecated("setName() is deprecated, set the name attribute instead")
        self.name = name

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._name = "MainThread"
        self._args = ()
        self._kwargs = {}
        self._daemonic = False
        self._ident = _thread.get_ident()
        self._tid = 0
        self._started = True
        self._is_stopped = False
        self._initialized = True


class _ExceptHookArgs:
    def __init__(self, exc, thread):
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = None
        self.thread = thread


def excepthook(args):
    if args.exc_type is SystemExit:
        return
    _thread.report_exception(args.thread, args.exc_value)


def current_thread():
    t = _active.get(_thread.current_tid())
    if t is None:
        return _main_thread
    return t


def currentThread():
    _warn_deprecated("currentThread() is deprecated, use current_thread() instead")
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


def activeCount():
    _warn_deprecated("activeCount() is deprecated, use active_count() instead")
    return active_count()


def enumerate():
    return list(_active.values())


def Lock():
    return _thread.allocate_lock("Lock")


def _time():
    return _thread.monotonic()


class _RLock:
    def __init__(self):
        self._block = _thread.allocate_lock("RLock")
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
    def __init__(self, lock=None, _label="Condition.wait()"):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self._label = _label
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
        waiter = _thread.allocate_lock(self._label)
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
        self._cond = Condition(Lock(), "Semaphore.acquire()")
        self._value = value

    def __repr__(self):
        return "<%s.%s at 0x%x: value=%d>" % (self.__class__.__module__, self.__class__.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
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
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
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
        self._cond = Condition(Lock(), "Event.wait()")
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
        self._cond = Condition(Lock(), "Barrier.wait()")
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

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_threading_atexits = []


def _register_atexit(func, *arg, **kwargs):
    _threading_atexits.append((func, arg, kwargs))


def _shutdown():
    """Runs in the main thread when its code has ended: as CPython's threading._shutdown,
    runs the pools' exit hooks, then waits for every non-daemon thread."""
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)
    while True:
        pending = [t for t in _active.values() if not t._daemonic and t is not _main_thread and t.is_alive()]
        if not pending:
            break
        for t in pending:
            t.join()


_main_thread = _MainThread()
_active[0] = _main_thread
_thread.set_main(_main_thread)


# threading.local: attributes are kept per (object, thread), so each thread sees only its own.
_local_dicts = {}


class local:
    def __getattr__(self, name):
        d = _local_dicts.get((id(self), _thread.current_tid()))
        if d is None or name not in d:
            raise AttributeError("'_thread._local' object has no attribute '%s'" % name)
        return d[name]

    def __setattr__(self, name, value):
        key = (id(self), _thread.current_tid())
        if key not in _local_dicts:
            _local_dicts[key] = {}
        _local_dicts[key][name] = value
