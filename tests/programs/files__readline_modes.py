# Reading a file a thread wrote: read(), read(n), readline() until '',
# readlines(), and iteration; "w" truncates, "a" appends, "x" refuses to overwrite.
import threading

def writer():
    with open("poem.txt", "w") as f:
        f.write("roses are red\n")
        f.write("violets are blue\n")
        print("threads are fun", file=f)

t = threading.Thread(target=writer)
t.start()
t.join()

with open("poem.txt") as f:
    print(repr(f.read(5)))
    print(repr(f.readline()))
    print(repr(f.read()))
    print(repr(f.read()))

with open("poem.txt", "r") as f:
    while True:
        line = f.readline()
        if not line:
            break
        print(len(line), line, end="")

with open("poem.txt", "a") as f:
    f.write("the end\n")
with open("poem.txt") as f:
    print([l.strip() for l in f.readlines()])
try:
    open("poem.txt", "x")
except FileExistsError as e:
    print("FileExistsError:", e)
with open("poem.txt", "w") as f:
    pass
with open("poem.txt") as f:
    print(repr(f.read()), f.closed)
print(f.closed)
