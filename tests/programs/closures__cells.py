def outer():
    n = 5
    lock = "L"
    def inner():
        return n, lock
    return inner
f = outer()
print(f.__closure__ is not None, len(f.__closure__), [c.cell_contents for c in f.__closure__], outer.__closure__)

