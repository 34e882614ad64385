# str.format: automatic, numbered and named fields, conversions, format
# specifications, attribute and index access, and literal braces.
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="ada", age=36))
print("{!r} {!s}".format("q", "q"))
print("[{:>6}] [{:<6}] [{:^6}] [{:*^7}]".format("ab", "ab", "ab", "ab"))
print("{:.3f} {:8.2f} {:+d} {:05d} {:,}".format(3.14159, 2.5, 7, 42, 1234567))
print("{:x} {:X} {:b} {:o} {:#x} {:%}".format(255, 255, 5, 8, 255, 0.25))
point = {"x": 3, "y": 4}
print("x={0[x]} y={0[y]}".format(point))
items = ["zero", "one"]
print("{0[1]} {0[0]}".format(items))


class P:
    name = "point"


print("{0.name} {p.name}".format(P(), p=P()))
print("{{literal}} {}".format("value"))
width = 8
print("{:>{w}}|".format("dyn", w=width))
print(format(3.5, ".1f"), format(42, "04d"), format("s", ">3"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
