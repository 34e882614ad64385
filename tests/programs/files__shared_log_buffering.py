# Two threads open the same log file; what each wrote reaches the file when its file is closed.
import threading
import time

open("log.txt", "w").close()


def writer(tag, pause):
    f = open("log.txt", "a")
    for i in range(3):
        f.write(f"{tag}{i} ")
        time.sleep(pause)
    f.close()
    print(tag, "closed; the file now holds", repr(open("log.txt").read()))


a = threading.Thread(target=writer, args=("a", 0.02))
b = threading.Thread(target=writer, args=("b", 0.01))
a.start()
b.start()
a.join()
b.join()

lock = threading.Lock()


def logger(tag):
    for i in range(3):
        with lock:
            with open("log.txt", "a") as f:
                print(tag, i, file=f)
        time.sleep(0.01)


workers = [threading.Thread(target=logger, args=(t,)) for t in "xyz"]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(open("log.txt").read())
