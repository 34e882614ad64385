# A class with __init__, instance attributes, methods and a class attribute
# that all instances share until one of them shadows it.
class Account:
    bank = "Threadbank"
    opened = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.opened += 1

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def describe(self):
        return self.owner + " has " + str(self.balance) + " at " + self.bank


a = Account("ada", 10)
b = Account("alan")
print(a.deposit(5), b.deposit(7))
print(a.describe())
print(b.describe())
print(Account.opened, a.opened, b.bank)
b.bank = "Other"
print(a.bank, b.bank, Account.bank)
Account.bank = "Renamed"
print(a.bank, b.bank)
print(type(a).__name__, isinstance(a, Account))
method = a.deposit
print(method(100), a.balance)
