# More string methods: split with maxsplit, rsplit, rfind, index errors,
# strip with characters, case tests, casefold, swapcase, expandtabs-free
# padding, removeprefix/removesuffix, and iteration.
s = "a,b,c,d"
print(s.split(",", 2), s.rsplit(",", 1), s.rfind(","), s.index("c"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
print("xxhixx".strip("x"), "--a--".lstrip("-"), "--a--".rstrip("-"))
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Ab1".isalnum())
print("MiXeD".swapcase(), "MiXeD".casefold(), "hello world".count("o"))
print("thread_1".removeprefix("thread_"), "file.py".removesuffix(".py"))
print("a-b-c".rpartition("-"), "abc".partition("x"))
print("one two".startswith(("x", "one")), "py" in "python", "Py" not in "python")
print(list("abc"), "abc"[::-1], "%s" % "abc".upper()[1:])
print(" ".join(w.capitalize() for w in "the quick fox".split()))
print("tab\tsep".split("\t"), "a\nb\n".splitlines(), "x".join("123"))
print(str(3) + "3", "3" * 3, int("3") * 3, ord("a"), chr(98))
print("abc" < "abd", "Z" < "a", max("hello"), sorted("cab"))
