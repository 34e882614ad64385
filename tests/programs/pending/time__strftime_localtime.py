# time.strftime and time.localtime read the wall clock and the time zone:
# CPython's output cannot match a virtual clock, so this stays pending.
import time

now = time.localtime()
print(time.strftime("%Y-%m-%d %H:%M:%S", now))
print(now.tm_year > 2000, time.strftime("%H:%M"))
