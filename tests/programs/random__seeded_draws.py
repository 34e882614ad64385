# With a seed, random draws exactly the numbers CPython 3.11 draws (Mersenne Twister, same algorithms).
import random
random.seed(42)
print(random.random(), random.randint(1, 10), random.randrange(0, 100, 5), random.choice("abcdef"))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 7), random.sample([1,2,3,4,5], 3))
print(random.uniform(1, 5), random.getrandbits(70), random.choices([1,2,3], k=4))
random.seed(2**80 + 7); print(random.random())
random.seed(0); print(random.random())
random.seed(-5); print(random.randint(0, 10**30))
r = random.Random(7); print(r.random(), r.randint(1,6))
print(random.sample(range(1000), 30))
