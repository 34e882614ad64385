# Floor division, modulo and powers with negative numbers; true division.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a // b, a % b, a / b)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 0, 0 ** 0)
print(7 / 7, 1 / 3, 10 / 4, 2 ** 0.5)
print(7 // 2.0, -7 // 2.0, 7.5 % 2, -7.5 % 2)
print(5 - 10, 3 * -4, -(-3), +5)
