# List operations.
items = [3, 1, 2]
items.append(5)
items.insert(0, 0)
items.extend([8, 9])
print(items, len(items))
print(items.pop(), items.pop(0), items)
items.remove(2)
print(items, items.index(5), items.count(1))
items.sort()
print(items)
items.reverse()
print(items)
print([1, 2] + [3], [0] * 3, [[1, 2], [3]], [])
grid = [[0] * 2, [0] * 2]
grid[1][0] = 7
print(grid)
words = ["b", "a", "c"]
words.sort(reverse=True)
print(words, "a" in words, words == ["c", "b", "a"])
empty = []
print(empty, len(empty), not empty)
