# Common string methods.
s = "  Hello, Threads  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = s.strip()
print(t.upper(), t.lower())
print(t.startswith("Hello"), t.endswith("!"), t.find("Th"), t.find("zz"))
print(t.replace("l", "L"), t.replace("l", "", 1))
print(t.split(", "), "a b  c".split(), "a,b,,c".split(","))
print("-".join(["x", "y", "z"]), "".join(["a", "b"]), ", ".join("abc"))
print(t.count("l"), "ab" * 3, "x" + "y")
print("42".isdigit(), "4a".isdigit(), "abc".isalpha(), " ".isspace())
print("worker".capitalize(), "thread one".title())
print("7".zfill(3), "ab".ljust(4) + "|", "ab".rjust(4), "ab".center(6, "*"))
print("line1\nline2".splitlines(), "key=value".partition("="))
