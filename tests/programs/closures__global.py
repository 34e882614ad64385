# The global statement lets a function rebind a module-level name.
counter = 0
label = "start"


def increment():
    global counter
    counter += 1


def read_only():
    return counter * 10


def relabel(text):
    global label
    label = text


for i in range(3):
    increment()
print(counter, read_only())
relabel("changed")
print(label)


def shadow():
    counter = 100
    return counter


print(shadow(), counter)
