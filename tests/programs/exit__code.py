# sys.exit(n) ends the program with status n; a finally block still runs.
import sys

print("before exit")
try:
    sys.exit(3)
finally:
    print("finally runs")
print("not reached")
