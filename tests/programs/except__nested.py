# Nested try blocks: an inner handler that does not match lets the outer one see it.
def inner():
    try:
        [1, 2][5]
    except KeyError:
        print("inner KeyError handler (does not match)")
    finally:
        print("inner finally")


try:
    inner()
except IndexError as e:
    print("outer caught:", e)
try:
    try:
        raise ValueError("first")
    finally:
        print("finally before propagation")
except ValueError as e:
    print("caught", e)
