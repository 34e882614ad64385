# "Sleep sort", the joke algorithm from programming forums: each number
# sleeps in proportion to its value, then appends itself.
import threading
import time

numbers = [5, 1, 4, 2, 8, 3]
result = []
lock = threading.Lock()


def sleeper(n):
    time.sleep(n * 0.05)
    with lock:
        result.append(n)


threads = [threading.Thread(target=sleeper, args=(n,)) for n in numbers]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(result)
print(result == sorted(numbers))
