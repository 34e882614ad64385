# Write a file, read it back every way a tutorial does.
with open("notes.txt", "w") as f:
    f.write("first line\n")
    print("second line", file=f)
    f.writelines(["third\n", "fourth"])
    print(f.closed, f.tell())
print(f.closed)

with open("notes.txt") as f:
    print(repr(f.read()))

with open("notes.txt", "r") as f:
    print(f.readline(), end="")
    print(f.readline(5), f.readline(), sep="|", end="")
    print(f.readlines())

for number, line in enumerate(open("notes.txt"), start=1):
    print(number, line.rstrip())

with open("notes.txt", "a") as f:
    f.write("\nfifth\n")
print(open("notes.txt").read().splitlines())

with open("notes.txt", "r+") as f:
    print(f.read(5))
    f.seek(0)
    f.write("FIRST")
    f.seek(0)
    print(f.readline().strip())

with open("notes.txt", "w", encoding="utf-8") as f:
    f.write("replaced: ünïcode ✓\n")
print(open("notes.txt", encoding="utf-8").read(), end="")
print(len(open("notes.txt").read()))
