# A simple "process a CSV file in parallel" exercise: split the lines between
# threads, parse with str.split, and write the totals to a new file.
import threading

with open("sales.csv", "w") as f:
    f.write("region,amount\n")
    for region, amount in [("north", 10), ("south", 5), ("north", 7), ("east", 3), ("south", 1)]:
        f.write(f"{region},{amount}\n")

with open("sales.csv") as f:
    header = f.readline().strip().split(",")
    rows = [line.strip().split(",") for line in f]
print(header, len(rows))

partials = [None, None]


def total(part, index):
    sums = {}
    for region, amount in part:
        sums[region] = sums.get(region, 0) + int(amount)
    partials[index] = sums


halves = [rows[:2], rows[2:]]
ts = [threading.Thread(target=total, args=(h, i)) for i, h in enumerate(halves)]
for t in ts:
    t.start()
for t in ts:
    t.join()

merged = {}
for p in partials:
    for k, v in p.items():
        merged[k] = merged.get(k, 0) + v
with open("totals.csv", "w") as f:
    for k in sorted(merged):
        f.write(f"{k},{merged[k]}\n")
with open("totals.csv") as f:
    print(f.read(), end="")
