# Augmented assignment on attributes, list items, dict items, nested
# targets, and sets; += on a list mutates it in place.
class Stats:
    def __init__(self):
        self.hits = 0
        self.names = []
        self.table = {"a": [0, 0]}


s = Stats()
s.hits += 1
s.hits *= 10
s.names += ["x"]
s.table["a"][1] += 5
s.table["b"] = 1
s.table["b"] -= 3
print(s.hits, s.names, s.table)
nums = [1, 2, 3]
alias = nums
nums += [4]
nums[0] **= 3
nums[-1] //= 3
print(nums, alias, nums is alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
counts = {}
for ch in "hello":
    counts[ch] = counts.get(ch, 0)
    counts[ch] += 1
print(counts)
seen = {1, 2}
seen |= {3}
seen &= {2, 3, 4}
seen -= {2}
print(seen)
bits = 0b1010
bits ^= 0b0110
bits <<= 2
bits %= 7
print(bits)
