# CPython's words for a value after * or ** that is not an iterable or a mapping.
def f(*args, **kwargs):
    return args, kwargs


class Shop:
    def buy(self, *items):
        return items


attempts = [
    lambda: f(*5),
    lambda: f(1, *5),
    lambda: f(*[1], *None),
    lambda: f(**[1]),
    lambda: f(x=1, **5),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(a=1, **{"a": 2}),
    lambda: f(*5, **{}),
    lambda: Shop().buy(*3.5),
    lambda: print(*None),
    lambda: len(*3),
    lambda: [*7],
    lambda: (*7,),
    lambda: {*7},
    lambda: {**[1, 2]},
    lambda: (lambda *a: a)(*True),
    lambda: f(**{1: 2}),
]
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)

print(f(*"ab", *range(2), **{"k": 1}))
print(f(*iter([1, 2]), **dict(x=3)))
