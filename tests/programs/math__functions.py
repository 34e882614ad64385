# math: float functions with CPython's rounding and errors, integer functions on big ints, constants.
import math
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.pi, math.log(100, 10), math.log(8, 2), math.log(2**1000))
print(math.factorial(20), math.gcd(12, 18), math.comb(10, 3), math.perm(5, 2), math.isclose(0.1 + 0.2, 0.3))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.hypot(3, 4), math.exp(1), math.sin(math.pi / 6))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(math.trunc(-3.7), math.isnan(math.nan), math.inf > 10**100, math.degrees(math.pi), math.atan2(1, 1))
