# sys.getswitchinterval reads the thread switch interval (5 ms by default)
# and sys.setswitchinterval changes it; it must be positive.
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setswitchinterval(-1)
except ValueError as e:
    print("ValueError:", e)
