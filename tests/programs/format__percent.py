# printf-style % formatting: s, r, d, i, f, e, x, o, c, %%, widths, flags,
# a single value, a tuple and a dict.
name = "ada"
print("hello %s" % name)
print("%s is %d years" % (name, 36))
print("%r and %s" % ("text", "text"))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%e" % (3.14159, 2.5, 2.25, 12345.678))
print("%x %X %o %#x %c" % (255, 255, 8, 255, 65))
print("100%% done, %s" % [1, 2])
print("%(who)s has %(n)03d items" % {"who": "bob", "n": 7})
print("%s" % (None,), "%s" % True, "%d" % 3.99, "%i" % -5)
print("%10s|%-10s|%.2s" % ("right", "left", "truncate"))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
