# random.seed with a string gives a repeatable sequence too, as
# tutorials sometimes do.
import random

random.seed("threads")
print(random.randint(0, 1000), random.random())
random.seed("threads")
print(random.randint(0, 1000))
