# nonlocal lets an inner function rebind a name of the enclosing function:
# a counter factory whose counters are independent.
def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    def peek():
        return count

    return bump, peek


bump_a, peek_a = make_counter(1)
bump_b, peek_b = make_counter(10)
bump_a()
bump_a()
bump_b()
print(peek_a(), peek_b(), bump_a(), bump_b())


def outer():
    msg = "original"

    def change():
        nonlocal msg
        msg = "changed"

    def shadow():
        msg = "local only"
        return msg

    print(shadow(), msg)
    change()
    print(msg)


outer()
