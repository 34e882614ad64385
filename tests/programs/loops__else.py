# for ... else and while ... else: the else branch runs only when the loop
# was not left by break.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")


find([3, 5, 7], 5)
find([3, 5, 7], 4)
find([], 1)

n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)

n = 0
while True if n < 10 else False:
    n += 1
    if n == 4:
        print("break at", n)
        break
else:
    print("never printed")

for i in range(3):
    if i == 1:
        continue
    print("i =", i)
else:
    print("continue does not skip else")
