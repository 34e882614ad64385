# Format specs in f-strings: width, alignment, precision, grouping, zero padding.
name = "Ada"
n = 1234567
pi = 3.14159265
print(f"[{name:>8}]")
print(f"[{name:<8}]")
print(f"[{name:^9}]")
print(f"[{name:*^9}]")
print(f"{pi:.2f} {pi:.0f} {pi:8.3f}|")
print(f"{n:,} {n:_} {1234.5:,.2f}")
print(f"{42:05d} {-42:05d} {7:+d} {7:3d}|")
print(f"{255:x} {255:X} {255:o} {5:b} {255:#x}")
print(f"{0.25:%} {0.25:.1%}")
print(f"{12345.678:e} {0.000123:.2e}")
width = 6
print(f"[{n % 1000:>{width}}]")
print(f"{{literal braces}} {n // 1000}")
