# print to sys.stderr and sys.stdout, with flush.
import sys

print("to stdout")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("warning:", 3, "problems", file=sys.stderr, sep=" ", end="!\n")
print("explicit stdout", file=sys.stdout)
print("error and exit", file=sys.stderr, flush=True)
sys.exit(1)
