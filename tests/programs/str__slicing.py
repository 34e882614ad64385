# Indexing and slicing strings, lists and tuples.
s = "threadplay"
print(s[0], s[-1], s[2:5], s[:6], s[6:], s[::-1], s[::2], s[1:-1])
print(s[100:], repr(s[5:2]), s[-4:], s[-100:3])
nums = [0, 1, 2, 3, 4, 5]
print(nums[1:4], nums[::-2], nums[-2:], nums[:])
t = (10, 20, 30)
print(t[1:], t[::-1], t[0])
copy = nums[:]
copy[0] = 99
print(nums[0], copy[0])
nums[1:3] = ["a"]
print(nums)
del nums[0]
print(nums)
