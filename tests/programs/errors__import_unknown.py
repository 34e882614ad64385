# Importing a module that does not exist.
import time

print("time imported")
import no_such_module
