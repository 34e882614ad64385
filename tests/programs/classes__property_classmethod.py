# @property computes an attribute on read, @classmethod receives the class,
# @staticmethod receives neither.
class Temperature:
    unit = "C"

    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0)

    @staticmethod
    def describe(value):
        return "cold" if value < 10 else "warm"


t = Temperature(25)
print(t.fahrenheit, Temperature.freezing().fahrenheit)
print(Temperature.describe(5), t.describe(25))
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
