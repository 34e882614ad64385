import sys
import threading

print(sys.get_int_max_str_digits())
for bad in (100, -1, 639):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.set_int_max_str_digits("x")
except TypeError as e:
    print("TypeError:", e)

big = 10 ** 5000
try:
    print(len(str(big)))
except ValueError as e:
    print("ValueError:", e)

sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)), len(repr(-big)))
try:
    int("7" * 6001)
except ValueError as e:
    print("ValueError:", e)

sys.set_int_max_str_digits(640)
try:
    print(10 ** 640)
except ValueError as e:
    print("ValueError:", e)
print(len(f"{10 ** 639}"))


def worker():
    # The limit belongs to the interpreter, so a thread sees the main thread's setting.
    print("worker sees", sys.get_int_max_str_digits())
    sys.set_int_max_str_digits(maxdigits=0)


t = threading.Thread(target=worker)
t.start()
t.join()
print(sys.get_int_max_str_digits(), len(str(7 ** 100000)))
sys.set_int_max_str_digits(4300)
print(str(7 ** 100000))
