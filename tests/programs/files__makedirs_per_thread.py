# Each thread creates its own nested directory tree with os.makedirs and
# writes a report; exist_ok lets two threads share a parent directory.
import os
import threading
import time

reports = {"2024/01": ["jan"], "2024/02": ["feb", "feb2"], "2023/12": ["dec"]}


def build(sub, names, delay):
    time.sleep(delay)
    folder = os.path.join("reports", sub)
    os.makedirs(folder, exist_ok=True)
    for n in names:
        with open(os.path.join(folder, n + ".txt"), "w") as f:
            f.write(f"report {n} in {sub}\n")


ts = [threading.Thread(target=build, args=(k, v, 0.01 * i)) for i, (k, v) in enumerate(reports.items())]
for t in ts:
    t.start()
for t in ts:
    t.join()

for year in sorted(os.listdir("reports")):
    for month in sorted(os.listdir(os.path.join("reports", year))):
        folder = os.path.join("reports", year, month)
        print(year, month, sorted(os.listdir(folder)))
try:
    os.makedirs("reports/2024")
except FileExistsError:
    print("makedirs without exist_ok: FileExistsError")
print(os.path.join("a", "b", "c.txt"), os.path.basename("reports/2024/01/jan.txt"),
      os.path.dirname("reports/2024/01/jan.txt"), os.path.splitext("jan.txt"))
