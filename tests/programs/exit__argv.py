# sys.argv holds the script name.
import sys

print(len(sys.argv))
print(sys.argv[0])
print(sys.argv[0].endswith(".py"))
