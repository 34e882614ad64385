# Thread(target=..., args=..., kwargs=...): defaults, keyword-only
# parameters and *args in the target all behave as in a normal call.
import threading
import time


def report(label, *values, sep=", ", scale=1, prefix=">"):
    time.sleep(0.01 * scale)
    joined = sep.join(str(v * scale) for v in values)
    print(f"{prefix} {label}: {joined}")


jobs = [
    threading.Thread(target=report, args=("plain", 1, 2, 3)),
    threading.Thread(target=report, args=("scaled", 1, 2), kwargs={"scale": 3}),
    threading.Thread(target=report, args=("dashes",), kwargs={"sep": "-", "scale": 5, "prefix": "#"}),
    threading.Thread(target=report, kwargs={"label": "empty", "scale": 7}),
]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
print("done")
