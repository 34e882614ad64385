# The calendar side of time, on the natives of time.rs (the simulated machine runs in UTC). The
# engine imports this module the first time one of its names is looked up in time
# (modules/library.rs, LAZY_NAMES), so a run that only sleeps and reads the clock never loads it.

__name__ = "time"

import time as _time_module
from time import time, _civil, _strftime


class struct_time:
    _names = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")

    def __init__(self, fields):
        self._fields = tuple(fields)
        for name, value in zip(self._names, self._fields):
            setattr(self, name, value)
        self.tm_zone = "UTC"
        self.tm_gmtoff = 0

    def __getitem__(self, i):
        return self._fields[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._fields)

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        parts = ", ".join("%s=%r" % (n, v) for n, v in zip(self._names, self._fields))
        return "time.struct_time(" + parts + ")"


def gmtime(secs=None):
    if secs is None:
        secs = time()
    return struct_time(_civil(secs))


def localtime(secs=None):
    return gmtime(secs)


def strftime(format, t=None):
    if t is None:
        t = localtime()
    return _strftime(format, tuple(t))


def asctime(t=None):
    return strftime("%a %b %e %H:%M:%S %Y", t)


def ctime(secs=None):
    return asctime(localtime(secs))


timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

for _name, _value in (
    ("struct_time", struct_time),
    ("gmtime", gmtime),
    ("localtime", localtime),
    ("strftime", strftime),
    ("asctime", asctime),
    ("ctime", ctime),
    ("timezone", timezone),
    ("altzone", altzone),
    ("daylight", daylight),
    ("tzname", tzname),
):
    setattr(_time_module, _name, _value)
