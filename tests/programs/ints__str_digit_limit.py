# CPython 3.11 will not write an int of more than 4300 decimal digits, whichever way it is asked.
big = 7**100000
for name, convert in (("str", str), ("repr", repr), ("print", print), ("list repr", lambda x: repr([x])), ("f-string", lambda x: f"{x}"), ("%d", lambda x: "%d" % x)):
    try:
        convert(big)
    except ValueError as e:
        print(name, "->", e)
print(len(str(10**4299)), len(str(-(10**4299))))
try:
    str(10**4300)
except ValueError as e:
    print("4301 digits ->", type(e).__name__)
print(big % 1000)
