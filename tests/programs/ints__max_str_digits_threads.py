# sys.set_int_max_str_digits limits int<->str conversion of huge numbers;
# the limit is interpreter-wide, so a thread sees the main thread's setting.
import sys
import threading

print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)

sys.set_int_max_str_digits(6000)


def worker():
    print("worker sees limit", sys.get_int_max_str_digits())
    print("digits:", len(str(big)))
    print("round trip:", int(str(big)) == big)


t = threading.Thread(target=worker)
t.start()
t.join()
sys.set_int_max_str_digits(0)
print("unlimited:", sys.get_int_max_str_digits(), len(str(10 ** 9000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(4300)
print(len(hex(big)) > 0, len(str(2 ** 1000)))
