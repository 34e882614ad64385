# A relative import in a script run directly: there is no package to be relative to.
print("before")
try:
    from . import helpers
except ImportError as e:
    print("ImportError:", e)
from .tools import thing
print("never")
