# A Thread subclass that remembers the target's exception and re-raises it
# from join(), so the main thread can handle it (a well-known recipe).
import threading
import time


class PropagatingThread(threading.Thread):
    def run(self):
        self.exc = None
        self.ret = None
        try:
            self.ret = self._target(*self._args, **self._kwargs)
        except BaseException as e:
            self.exc = e

    def join(self, timeout=None):
        super().join(timeout)
        if self.exc:
            raise self.exc
        return self.ret


def risky(x, delay):
    time.sleep(delay)
    if x < 0:
        raise ValueError(f"negative input {x}")
    return x * 2


good = PropagatingThread(target=risky, args=(21, 0.02))
bad = PropagatingThread(target=risky, args=(-1, 0.01))
good.start()
bad.start()
print("good returned", good.join())
try:
    bad.join()
except ValueError as e:
    print("caught in main:", e)
