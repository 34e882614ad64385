# The types of lazy built-in iterators have their own names, which learners
# see when they print one instead of its list.
print(type(zip()).__name__, type(map(len, [])).__name__, type(enumerate([])).__name__)
print(type(filter(None, [])).__name__, type(reversed([1])).__name__, type(iter([])).__name__)
print(type(range(3)).__name__, type({}.items()).__name__)
print(map(len, []), zip(), {}.items())
