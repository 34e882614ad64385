# A passing assert does nothing; a failing one raises AssertionError with the
# message if given. Uncaught, it ends the program with a traceback.
def check_balance(balance):
    assert balance >= 0, "balance went negative: " + str(balance)
    return balance


print(check_balance(5))
try:
    check_balance(-3)
except AssertionError as e:
    print("caught:", e)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(e), e.args)
check_balance(-1)
print("not reached")
