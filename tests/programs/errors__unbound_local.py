# Assigning to a name anywhere in a function makes it local everywhere in it.
count = 10


def bump():
    print(count)
    count = 11


bump()
