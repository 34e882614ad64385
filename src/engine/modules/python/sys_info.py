# The Python side of sys: version_info, and the names a script may look up. The engine imports
# this module the first time one of its names is looked up in sys (modules/library.rs,
# LAZY_NAMES); printing, sys.exit and the rest are native and need none of it.

__name__ = "sys"

import sys as _sys_module


class _VersionInfo:
    def __init__(self, *fields):
        self._fields = fields
        self.major, self.minor, self.micro, self.releaselevel, self.serial = fields

    def __getitem__(self, i):
        return self._fields[i]

    def __len__(self):
        return 5

    def __iter__(self):
        return iter(self._fields)

    def __eq__(self, other):
        return self._fields == tuple(other)

    def __lt__(self, other):
        return self._fields < tuple(other)

    def __le__(self, other):
        return self._fields <= tuple(other)

    def __gt__(self, other):
        return self._fields > tuple(other)

    def __ge__(self, other):
        return self._fields >= tuple(other)

    def __repr__(self):
        return "sys.version_info(major=%d, minor=%d, micro=%d, releaselevel=%r, serial=%d)" % self._fields


version_info = _VersionInfo(3, 11, 7, "final", 0)
hexversion = 0x30B07F0
byteorder = "little"
executable = ""
path = []
flags = None

for _name, _value in (
    ("version_info", version_info),
    ("hexversion", hexversion),
    ("byteorder", byteorder),
    ("executable", executable),
    ("path", path),
    ("flags", flags),
):
    setattr(_sys_module, _name, _value)
