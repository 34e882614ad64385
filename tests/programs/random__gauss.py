# random.gauss and random.normalvariate on a seeded generator.
import random

random.seed(11)
print(round(random.gauss(0, 1), 6), round(random.gauss(10, 2), 6))
print(round(random.normalvariate(0, 1), 6))
