# Further random functions on a seeded generator: randint at the edges,
# getrandbits, choices without weights, and an instance random.Random(seed).
import random

random.seed(2024)
print([random.randint(0, 1) for _ in range(10)])
print(random.getrandbits(16), random.choices(["x", "y", "z"], k=5))
rng = random.Random(5)
print(rng.random(), rng.randint(1, 6), rng.choice([10, 20, 30]))
