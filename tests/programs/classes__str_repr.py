# __str__ is what print() and str() show; __repr__ is what repr(), the
# !r conversion and containers show. Without __str__, __repr__ is used.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

    def __str__(self):
        return "(" + str(self.x) + ", " + str(self.y) + ")"


class Tag:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return "Tag(" + repr(self.label) + ")"


p = Point(1, 2)
print(p)
print(str(p), repr(p))
print([p, Point(3, 4)])
print(f"{p} and {p!r}")
print("{} / {!r}".format(p, p))
t = Tag("urgent")
print(t, [t], str(t))
print({"k": t}, (t,))
