# A bare raise re-raises the exception being handled, with its original traceback.
def risky():
    return {"a": 1}["b"]


try:
    risky()
except KeyError as e:
    print("logging:", repr(e))

try:
    risky()
except KeyError:
    print("cleaning up, then re-raising")
    raise
