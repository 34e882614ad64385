# The Python side of sys: version_info, and the names a script may look up.


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
