# !r, !s and the = specifier for debugging.
name = "Ada"
count = 3
ratio = 2 / 3
items = ["a", "b"]
print(f"{name!r} {name!s} {name}")
print(f"{items} {items!r}")
print(f"{count=}")
print(f"{count = }")
print(f"{ratio=:.3f}")
print(f"{name=}")
print(f"{name!r:>8}|")
print(f"{count + 1}, {len(items)}, {items[0].upper()}")
print(f"{None} {True} {1.0} {1e20} {-0.0}")
print(f"nested {'quotes'} ok", f"{count:>{count}}")
