# Raising a new exception while handling one shows both tracebacks.
def convert(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError("could not convert " + repr(text))


print(convert("12"))
print(convert("twelve"))
