# Exit statuses from other values: True is 1, a large code is taken as is.
import sys

try:
    sys.exit(True)
except SystemExit as e:
    print("code", e.code)
sys.exit(42)
