# Division by zero, caught three ways and then uncaught.
for expr in ["int /", "int //", "int %", "float /"]:
    try:
        if expr == "int /":
            1 / 0
        elif expr == "int //":
            1 // 0
        elif expr == "int %":
            1 % 0
        else:
            1.5 / 0
    except ZeroDivisionError as e:
        print(expr, "->", e)


def average(values):
    return sum_of(values) / len(values)


def sum_of(values):
    total = 0
    for v in values:
        total += v
    return total


print(average([1, 2, 3]))
print(average([]))
