"""threadplay's concurrent.futures: ThreadPoolExecutor and Future, after CPython 3.11's."""

import _thread
import _threading_sync
import sys
import threading
import queue

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


class CancelledError(Exception):
    __module__ = "concurrent.futures._base"


# As in CPython 3.11, the built-in TimeoutError.
TimeoutError = TimeoutError


class Future:
    __module__ = "concurrent.futures._base"

    def __init__(self):
        self._condition = threading.Condition(_thread.allocate_lock("the lock of the Future"), self._waits_for)
        self._state = "PENDING"
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _waits_for(self):
        name = _threading_sync._receiver(("result", "exception"))
        return "the result of " + (name if name else "a task")

    def __repr__(self):
        with self._condition:
            if self._state == "FINISHED":
                if self._exception:
                    return "<Future at 0x0 state=finished raised %s>" % type(self._exception).__name__
                return "<Future at 0x0 state=finished returned %s>" % type(self._result).__name__
            return "<Future at 0x0 state=%s>" % self._state.lower()

    def cancel(self):
        with self._condition:
            if self._state in ("RUNNING", "FINISHED"):
                return False
            if self._state == "CANCELLED":
                return True
            self._state = "CANCELLED"
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == "CANCELLED"

    def running(self):
        return self._state == "RUNNING"

    def done(self):
        return self._state in ("CANCELLED", "FINISHED")

    def _get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def result(self, timeout=None):
        with self._condition:
            if self._state == "CANCELLED":
                raise CancelledError()
            if self._state == "FINISHED":
                return self._get_result()
            self._condition.wait(timeout)
            if self._state == "CANCELLED":
                raise CancelledError()
            if self._state == "FINISHED":
                return self._get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state == "CANCELLED":
                raise CancelledError()
            if self._state == "FINISHED":
                return self._exception
            self._condition.wait(timeout)
            if self._state == "FINISHED":
                return self._exception
            raise TimeoutError()

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in ("CANCELLED", "FINISHED"):
                self._done_callbacks.append(fn)
                return
        fn(self)

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            callback(self)

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == "CANCELLED":
                return False
            self._state = "RUNNING"
            return True

    def set_result(self, result):
        with self._condition:
            self._result = result
            self._state = "FINISHED"
            for w in self._waiters:
                w.put(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            self._exception = exception
            self._state = "FINISHED"
            for w in self._waiters:
                w.put(self)
            self._condition.notify_all()
        self._invoke_callbacks()


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


class BrokenThreadPool(RuntimeError):
    """Raised when a worker thread's initializer failed: the pool takes no more work."""

    __module__ = "concurrent.futures.thread"


def _worker(executor, work_queue):
    if executor._initializer is not None:
        try:
            executor._initializer(*executor._initargs)
        except BaseException as exc:
            # CPython logs it with logging's last-resort handler: the message and the traceback.
            sys.stderr.write("Exception in initializer:\n" + _thread.format_exception(exc))
            executor._initializer_failed()
            return
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
            continue
        work_queue.put(None)
        return


class Executor:
    __module__ = "concurrent.futures._base"

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    __module__ = "concurrent.futures.thread"

    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 8
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._work_queue._waits_for = lambda: "a task to run (submit() gives one)"
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = []
        self._shutdown = False
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % ThreadPoolExecutor._counter
            ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs
        self._broken = False
        threading._register_atexit(self._at_exit)

    def _initializer_failed(self):
        # The pool is broken: every waiting task fails, and so does every later submit().
        self._broken = "A thread initializer failed, the thread pool is not usable anymore"
        while True:
            try:
                item = self._work_queue.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item.future.set_exception(BrokenThreadPool(self._broken))

    def _at_exit(self):
        if not self._shutdown:
            self.shutdown(wait=False)

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = Future()
        self._work_queue.put(_WorkItem(f, fn, args, kwargs))
        self._adjust_thread_count()
        return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = "%s_%d" % (self._thread_name_prefix, num_threads)
            t = threading.Thread(name=name, target=_worker, args=(self, self._work_queue), _internal=True)
            t.start()
            self._threads.append(t)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            for f in fs:
                yield f.result()

        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.cancel()
        self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()


def as_completed(fs, timeout=None):
    fs = list(fs)
    done = [f for f in fs if f.done()]
    pending = [f for f in fs if not f.done()]
    for f in done:
        yield f
    waiter = queue.Queue()
    waiter.not_empty._what = lambda: "the next of %d tasks to finish" % len(pending) if len(pending) > 1 else "the last task to finish"
    for f in pending:
        with f._condition:
            if f.done():
                waiter.put(f)
            else:
                f._waiters.append(waiter)
    while pending:
        try:
            f = waiter.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), len(fs)))
        if f in pending:
            pending.remove(f)
            yield f


class DoneAndNotDoneFutures:
    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = list(fs)
    waiter = queue.Queue()
    first = return_when != ALL_COMPLETED
    waiter.not_empty._what = lambda: "%s of %d tasks to finish" % ("the first" if first else "each", len(fs))
    for f in fs:
        with f._condition:
            if not f.done():
                f._waiters.append(waiter)
    while True:
        done = set(f for f in fs if f.done())
        not_done = set(f for f in fs if not f.done())
        if not not_done:
            break
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any(f.exception() is not None for f in done if not f.cancelled()):
            break
        try:
            waiter.get(timeout=timeout)
        except queue.Empty:
            break
    return DoneAndNotDoneFutures(done, not_done)


class ProcessPoolExecutor(Executor):
    __module__ = "concurrent.futures.process"

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(
            "ProcessPoolExecutor: threadplay simulates threads in one process; use ThreadPoolExecutor")


# CPython's package has submodules thread and _base; here one module holds it all.
import concurrent.futures as _self

thread = _base = _self
