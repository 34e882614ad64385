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
        self.exc_traceback = exc.__traceback__
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
