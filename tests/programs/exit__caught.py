# SystemExit is an exception and can be caught.
import sys

try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught:", e.code)
print("still running")
sys.exit(0)
