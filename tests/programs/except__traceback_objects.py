import sys
def f():
    raise ValueError("x")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, tb.tb_lineno, type(tb).__name__, sys.exc_info()[2] is not None, sys.exc_info()[2].tb_lineno)
print(ValueError("never raised").__traceback__, repr(object()).split(" at")[0])
print(sys.exc_info())
