# random.seed makes the sequence repeatable: the same numbers as CPython's
# Mersenne Twister for random, randint, randrange, choice, uniform,
# shuffle and sample.
import random

random.seed(42)
print(random.random())
print(random.randint(1, 10), random.randint(1, 10), random.randint(-5, 5))
print(random.randrange(10), random.randrange(0, 100, 5), random.randrange(3, 7))
print(random.choice(["red", "green", "blue"]), random.choice("abcdef"))
print(random.uniform(1, 2))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 2))
random.seed(42)
print(random.random())
