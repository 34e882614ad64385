# The built-in exception classes a networking or file tutorial catches, and their families.
names = [
    "ConnectionError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
    "ConnectionResetError", "TimeoutError", "FileNotFoundError", "FileExistsError",
    "IsADirectoryError", "NotADirectoryError", "PermissionError", "BlockingIOError",
    "ChildProcessError", "InterruptedError", "ProcessLookupError", "FloatingPointError",
    "ReferenceError", "SystemError", "StopAsyncIteration", "UnicodeDecodeError",
    "UnicodeEncodeError", "IndentationError", "TabError", "PendingDeprecationWarning",
    "SyntaxWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning",
    "ResourceWarning", "EncodingWarning",
]
for name in names:
    cls = getattr(__builtins__, name)
    print(f"{name:28} <- {cls.__mro__[1].__name__:18} OSError: {issubclass(cls, OSError)}")
print(IOError is OSError, EnvironmentError is OSError)


def fetch(attempt):
    if attempt == 0:
        raise ConnectionResetError("peer reset the connection")
    if attempt == 1:
        raise BrokenPipeError("pipe closed")
    return "data"


for attempt in range(3):
    try:
        print(fetch(attempt))
    except ConnectionError as e:
        print("retrying after", type(e).__name__ + ":", e)
try:
    raise IOError("disk on fire")
except OSError as e:
    print(type(e).__name__, e)
raise ConnectionRefusedError("nobody listens on port 8080")
