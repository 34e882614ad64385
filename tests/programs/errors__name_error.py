# Using a name that was never defined.
def report():
    print("total is", totl_amount)


print("start")
report()
