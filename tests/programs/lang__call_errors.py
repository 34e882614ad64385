# TypeError messages for calls with the wrong arguments.
def pair(a, b=2):
    return a, b


try:
    pair()
except TypeError as e:
    print(e)
try:
    pair(1, 2, 3)
except TypeError as e:
    print(e)
try:
    pair(1, c=3)
except TypeError as e:
    print(e)
try:
    pair(1, a=1)
except TypeError as e:
    print(e)
name = "abc"
try:
    name()
except TypeError as e:
    print(e)
print(pair(b=5, a=4))
pair(1, 2, 3, 4)
