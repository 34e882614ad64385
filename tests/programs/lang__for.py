# for over range, list, tuple, str and dict.
for i in range(3):
    print("range", i)
for i in range(10, 0, -4):
    print("step", i)
for x in [1.5, "two", None]:
    print("list", x)
for x in ("a", "b"):
    print("tuple", x)
for ch in "hey":
    print("str", ch)
prices = {"tea": 3, "cake": 5}
for key in prices:
    print("dict", key, prices[key])
for key, value in prices.items():
    print("items", key, value)
for a, b in [(1, 2), (3, 4)]:
    print("pair", a + b)
for i in range(2):
    for j in range(3):
        if j == 1:
            continue
        print("nested", i, j)
