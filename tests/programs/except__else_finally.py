# The order of try / except / else / finally.
def attempt(divisor):
    try:
        print("try", divisor)
        result = 10 // divisor
    except ZeroDivisionError:
        print("except")
    else:
        print("else", result)
    finally:
        print("finally")


attempt(2)
attempt(0)
