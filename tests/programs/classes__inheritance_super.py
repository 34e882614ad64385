# Single inheritance: super().__init__ and super().method(), overriding,
# isinstance and issubclass.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks

    def speak(self):
        return super().speak() + " and knows " + str(len(self.tricks)) + " tricks"


class Puppy(Dog):
    def kind(self):
        return "young " + super().kind()


animals = [Animal("generic"), Dog("rex", ["sit"]), Puppy("bit", ["sit", "roll"])]
for a in animals:
    print(a.speak(), "|", a.kind())
print(isinstance(animals[2], Animal), isinstance(animals[0], Dog))
print(issubclass(Puppy, Dog), issubclass(Dog, Puppy), issubclass(Dog, object))
print(type(animals[2]).__name__, Puppy.__name__, Puppy.sound)
