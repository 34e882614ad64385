# random.choices with weights and cumulative weights on a seeded generator.
import random

random.seed(2024)
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.choices("abc", cum_weights=[1, 2, 10], k=4))
