import threading
x = 10
print(eval("x + 1"), eval("  x * 2"), eval("[i * i for i in range(4)]"))
exec("y = x + 5\nprint('y is', y)")
print(y)
def f(a):
    b = a * 2
    print(eval("a + b"), sorted(locals()), "x" in globals())
    exec("b = 100")
    print(b)
    exec("global z\nz = 'set by exec'")
f(3)
print(z)
g = {"n": 4}
exec("m = n * n\ndef sq(v):\n    return v * v\n", g)
print(g["m"], g["sq"](5), sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(loc)
print(eval("n + 1", {"n": 41}))
print(eval("len(s)", {}, {"s": "abc"}))
for bad in ["1 +", "x = 1", "", "return 5"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError:", e)
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
results = []
def worker(expr):
    results.append((expr, eval(expr)))
ts = [threading.Thread(target=worker, args=(e,)) for e in ["2 ** 10", "sum(range(5))", "'ab' * 2"]]
for t in ts: t.start()
for t in ts: t.join()
print(results)
print(list(map(eval, ["1+1", "x"])))
exec("for i in range(3):\n    print('loop', i)")
eval("1 / 0")
