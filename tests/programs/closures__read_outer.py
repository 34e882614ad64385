# Inner functions read names of the enclosing function, at call time.
def make_greeter(greeting):
    def greet(name):
        return greeting + ", " + name
    return greet


hello = make_greeter("Hello")
hi = make_greeter("Hi")
print(hello("Ada"), "/", hi("Alan"))


def outer():
    message = "first"

    def show():
        print("message is", message)

    show()
    message = "second"
    show()
    return show


later = outer()
later()


def make_adder(n):
    def add(x):
        return x + n
    return add


add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))


def apply_twice(f, x):
    return f(f(x))


print(apply_twice(add5, 0))
