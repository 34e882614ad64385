# Comprehensions everywhere: building the thread list, collecting results,
# dict and set comprehensions over them.
import threading
import time

data = {"north": [3, 1, 4], "south": [1, 5, 9, 2], "east": [6], "west": []}
totals = {}


def tally(region, values):
    time.sleep(0.01 * len(values))
    totals[region] = sum(v * 10 for v in values)


threads = [threading.Thread(target=tally, args=(k, v), name=k) for k, v in data.items()]
[t.start() for t in threads]
[t.join() for t in threads]
print({k: totals[k] for k in sorted(totals)})
print(sorted({t.name[0] for t in threads}))
print([name for name, total in sorted(totals.items()) if total > 50])
print({n: [x for x in vals if x % 2] for n, vals in sorted(data.items())})
print(sum(len(v) for v in data.values()), max(totals, key=totals.get))
