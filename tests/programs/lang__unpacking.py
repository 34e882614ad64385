# Tuple packing and unpacking, swapping, augmented assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
point = (3, 4)
x, y = point
print(x * y)
first, second, third = "abc"
print(third, second, first)
total = 10
total += 5
total -= 3
total *= 2
total //= 5
print(total)
s = "ab"
s += "cd"
s *= 2
print(s)
items = [1]
items += [2, 3]
print(items)
t = 1,
print(t, isinstance(t, tuple))
