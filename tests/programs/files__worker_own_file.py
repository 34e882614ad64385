# Each worker thread writes its own output file (no lock needed: no sharing);
# the main thread lists the directory and reads every file back.
import os
import threading
import time

os.makedirs("out", exist_ok=True)
orders = {"ann": ["tea", "cake"], "bob": ["coffee"], "cy": ["juice", "toast", "egg"]}


def write_orders(customer, items):
    path = os.path.join("out", f"{customer}.txt")
    with open(path, "w") as f:
        for i, item in enumerate(items, 1):
            time.sleep(0.01)
            f.write(f"{i}. {item}\n")
    print(f"{customer}: wrote {len(items)} lines")


threads = [threading.Thread(target=write_orders, args=kv) for kv in orders.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()

for name in sorted(os.listdir("out")):
    path = os.path.join("out", name)
    with open(path) as f:
        lines = f.readlines()
    print(name, os.path.getsize(path), lines)
