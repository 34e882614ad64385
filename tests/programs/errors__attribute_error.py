# AttributeError for a method that does not exist.
numbers = [3, 1, 2]
numbers.append(4)
print(numbers)
count = 5
try:
    count.append(6)
except AttributeError as e:
    print(e)
text = "hello"
text.push("!")
