# return inside try: finally runs before the function returns; a return in
# finally wins.
def first():
    try:
        return "from try"
    finally:
        print("finally of first")


def second():
    try:
        return "from try"
    finally:
        return "from finally"


def third():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally of third")


print(first())
print(second())
print(third())
