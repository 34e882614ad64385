# More list operations: slicing reads and writes, copy versus alias, sort
# with key, index with start, clear, nested lists, and errors.
nums = list(range(10))
print(nums[2:5], nums[::3], nums[-3:], nums[::-2])
nums[1:4] = ["a", "b"]
print(nums)
nums[:] = [5, 3, 9, 1]
copy = nums.copy()
alias = nums
nums.sort()
print(nums, copy, alias)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=lambda w: w.lower())
print(words)
words.sort(key=len, reverse=True)
print(words)
print([1, 2, 1, 2].index(1, 1), [0, 0, 1].count(0))
stack = [1, 2, 3]
print(stack.pop(), stack.pop(), stack)
stack.clear()
print(stack, stack == [])
try:
    stack.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
matrix = [[1, 2], [3, 4]]
print([row[1] for row in matrix], list(zip(*matrix)))
print([3, 1] < [3, 2], [1, 2] == [1, 2], 2 in [1, 2], min([4, 2, 8]))
