# Producer/consumer with a Condition around a plain list, in the style of
# the classic course exercise: consumers wait() while the list is empty.
import threading
import time

items = []
cond = threading.Condition()
consumed = []


def consumer(name):
    for _ in range(2):
        with cond:
            while not items:
                cond.wait()
            item = items.pop(0)
        consumed.append((name, item))
        print(f"{name} consumed {item}")
        time.sleep(0.05)


def producer():
    for i in range(4):
        time.sleep(0.03)
        with cond:
            items.append(f"item{i}")
            print(f"produced item{i}")
            cond.notify()


consumers = [threading.Thread(target=consumer, args=(f"c{n}",)) for n in range(2)]
for c in consumers:
    c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
for c in consumers:
    c.join()
print(sorted(item for _, item in consumed))
print("left:", items)
