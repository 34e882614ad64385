# Dataclasses as job records that worker threads update.
from dataclasses import dataclass, field
import threading
import time


@dataclass
class Job:
    name: str
    seconds: float
    status: str = "queued"
    log: list = field(default_factory=list)

    def run(self):
        self.status = "running"
        self.log.append("start")
        time.sleep(self.seconds)
        self.log.append("end")
        self.status = "done"


@dataclass(frozen=True)
class Point:
    x: int
    y: int


jobs = [Job("build", 0.06), Job("test", 0.01), Job("deploy", 0.1)]
print(jobs[0])
threads = [threading.Thread(target=j.run) for j in jobs]
for t in threads:
    t.start()
time.sleep(0.03)
print([(j.name, j.status) for j in jobs])
for t in threads:
    t.join()
print(jobs[1])
print(Job("x", 0) == Job("x", 0), Job("x", 0) == Job("y", 0))
p = Point(1, 2)
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(p, hash(p) == hash(Point(1, 2)))
