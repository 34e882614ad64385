# The popular "RepeatedTimer" recipe: a class that re-arms a threading.Timer
# each time it fires, until stop() is called.
import threading
import time


class RepeatedTimer:
    def __init__(self, interval, function, *args):
        self.interval = interval
        self.function = function
        self.args = args
        self._timer = None
        self.is_running = False
        self.start()

    def _run(self):
        self.is_running = False
        self.start()
        self.function(*self.args)

    def start(self):
        if not self.is_running:
            self._timer = threading.Timer(self.interval, self._run)
            self._timer.start()
            self.is_running = True

    def stop(self):
        self._timer.cancel()
        self.is_running = False


count = 0


def hello(name):
    global count
    count += 1
    print(f"Hello {name} #{count}")


print("starting...")
rt = RepeatedTimer(0.1, hello, "World")
try:
    time.sleep(0.45)
finally:
    rt.stop()
print("stopped after", count, "calls")
