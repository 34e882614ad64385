# time.localtime, gmtime, strftime and asctime on fixed timestamps (threadplay's machine runs in UTC, as this one does).
import time
t = time.localtime(1704067200 + 86400*59 + 3661)
print(t)
print(t.tm_year, t[1], len(t), tuple(t)[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %c %x %X %%", t))
print(time.asctime(time.gmtime(0)), time.ctime(951782400))
print(time.strftime("%d/%m/%Y", time.gmtime(-86400*365)))
