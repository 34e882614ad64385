# while loops with break and continue.
n = 0
total = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    total += n
print("n =", n, "total =", total)
countdown = 3
while countdown:
    print(countdown)
    countdown -= 1
print("liftoff")
