"""threadplay's atexit: functions run when the interpreter exits, last registered first."""

_exithandlers = []


def register(func, *args, **kwargs):
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    global _exithandlers
    _exithandlers = [h for h in _exithandlers if h[0] != func]


def _run_exitfuncs():
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        func(*args, **kwargs)
