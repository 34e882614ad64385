# Conversions and small maths built-ins: int, float, bool, list, tuple, dict,
# set, type, abs, divmod, pow, chr, ord, hex.
print(int("42"), int("-7"), int("ff", 16), int("101", 2), int(7.9), int(" 3 "))
print(float("2.5"), float(3), float("1e3"), float("-inf"))
print(bool(0), bool(""), bool([]), bool(None), bool("0"), bool([0]), bool(0.0))
print(list("abc"), list((1, 2)), tuple([1, 2]), tuple("hi"))
print(dict([(1, "a")]), set([1, 1, 2]), list({3: "x", 1: "y"}))
print(type(1), type(1.0), type("s"), type([]), type(None), type(True))
print(type(int), type(len).__name__, type({}).__name__)
print(abs(-5), abs(3.5), abs(-0.0), divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), 2 ** 100)
print(chr(65), chr(0x263A), ord("A"), ord("\n"), hex(255), hex(-16), hex(0))
print(oct(8), bin(5), round(2.567, 1), max(1, 2.5))
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    float("x")
except ValueError as e:
    print("ValueError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
