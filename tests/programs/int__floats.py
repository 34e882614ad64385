# repr of floats as CPython prints them.
print(0.1 + 0.2)
print(1e16, 1e15, 123456789.0 * 1000, 1e-5, 0.0001)
print(1.0, 2.50, -0.0, 100.0 / 3)
print(1e308 * 10, -1e308 * 10)
print(1.5e300 * 1.5e300 - 1.5e300 * 1.5e300)
print(3.0 == 3, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 2) == 0.3)
print(2 ** 53 + 1.0, 1 / 7)
print(int(2.999), round(2.999), round(2.999, 1))
