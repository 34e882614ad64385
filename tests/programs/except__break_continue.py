# break and continue inside try run the finally block.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")
n = 0
while True:
    n += 1
    try:
        if n == 2:
            break
    finally:
        print("while finally", n)
print("n =", n)
