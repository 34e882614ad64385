# Generator functions: lazy execution, next() and StopIteration, for loops,
# return ending the generator, and infinite generators cut short.
def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("countdown finished")


gen = countdown(3)
print(type(gen).__name__)
print(next(gen))
print(next(gen))
for value in gen:
    print("loop got", value)
try:
    next(gen)
except StopIteration:
    print("StopIteration")


def first_words(text, limit):
    for i, word in enumerate(text.split()):
        if i == limit:
            return
        yield word.upper()


print(list(first_words("one two three four", 2)))


def naturals():
    n = 0
    while True:
        yield n
        n += 1


evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])
print(next(iter([]), "default"), sum(countdown(4)))

