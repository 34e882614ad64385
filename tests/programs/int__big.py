# Unbounded integers.
print(2 ** 100)
print(-(2 ** 64) + 1)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 10 ** 20, f % 1000003)
print(10 ** 20 - 10 ** 20 + 7)
big = 123456789123456789123456789
print(big * big)
print(big // -7, big % -7)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(2 ** 63 == 9223372036854775808, 2 ** 200 > 10 ** 60)
