# contextlib.contextmanager: an exception in the with-body is thrown into the
# generator at its yield; catching it there suppresses it, re-raising lets it go.
from contextlib import contextmanager
import threading
import time

lock = threading.Lock()


@contextmanager
def transaction(name):
    print(f"{name}: begin")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"{name}: rollback ({e})")
    except Exception as e:
        print(f"{name}: rollback and re-raise {type(e).__name__}")
        raise
    else:
        print(f"{name}: commit")
    finally:
        print(f"{name}: release")


def job(name, error, delay):
    time.sleep(delay)
    with lock:
        try:
            with transaction(name) as tx:
                print(f"{name}: working as {tx}")
                if error:
                    raise error
            print(f"{name}: after with")
        except Exception as e:
            print(f"{name}: caught outside: {type(e).__name__}: {e}")


cases = [("ok", None), ("bad", ValueError("negative amount")), ("worse", KeyError("account"))]
ts = [threading.Thread(target=job, args=(n, e, 0.02 * i)) for i, (n, e) in enumerate(cases)]
for t in ts:
    t.start()
for t in ts:
    t.join()
