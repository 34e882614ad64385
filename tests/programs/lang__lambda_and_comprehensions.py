# lambda, list/dict comprehensions and sorted with a key.
squares = [n * n for n in range(6) if n % 2 == 0]
lengths = {w: len(w) for w in ["tea", "cake", "pie"]}
print(squares, lengths)
print(sorted(lengths, key=lambda w: lengths[w]))
double = lambda x: x * 2
print(double(21))
