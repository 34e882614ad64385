# Worker threads fill in timings; the main thread prints a table with
# f-string format specs (width, alignment, precision, thousands, percent).
import threading
import time

jobs = [("resize", 0.03, 1234567), ("upload", 0.05, 987), ("thumb", 0.01, 45210)]
rows = {}
lock = threading.Lock()


def run(name, seconds, size):
    time.sleep(seconds)
    with lock:
        rows[name] = (seconds, size)


threads = [threading.Thread(target=run, args=j) for j in jobs]
for t in threads:
    t.start()
for t in threads:
    t.join()

total = sum(s for s, _ in rows.values())
print(f"{'job':<8}|{'secs':>6}|{'bytes':>12}|{'share':>7}")
print(f"{'':-<8}+{'':->6}+{'':->12}+{'':->7}")
for name in sorted(rows):
    secs, size = rows[name]
    print(f"{name:<8}|{secs:>6.3f}|{size:>12,}|{secs / total:>7.1%}")
print(f"{'total':^8}|{total:6.2f}|{sum(s for _, s in rows.values()):>12_}|{1:>7.0%}")
print(f"{len(rows)!r:>3} {'done'!s:*^10} {255:#x} {255:08b} {3.14159:+.2e}")
