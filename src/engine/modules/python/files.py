# _files: the run's own file system, in memory. The builtin open() and os's file functions work
# on it; nothing reads or writes a real disk. It starts with an empty working directory,
# /home/learner, and /tmp. Files hold text only: threadplay has no bytes type.
#
# As in CPython, writes collect in the file object's buffer and reach the file when it is
# flushed or closed (or the buffer passes 8192 characters), so two threads writing one file see
# what they would see there. The engine imports this module the first time a script names
# `open` (modules/library.rs, LAZY_NAMES).

import builtins

_CWD = "/home/learner"
_BUFFER = 8192
_contents = {}
_dirs = {"/", "/home", _CWD, "/tmp"}


def _path(path):
    if not isinstance(path, str):
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    if not path.startswith("/"):
        path = _CWD + "/" + path
    parts = []
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part and part != ".":
            parts.append(part)
    return "/" + "/".join(parts)


def _parent(full):
    return full[: full.rfind("/")] or "/"


def _error(cls, errno, text, name, other=None):
    e = cls(errno, text, name, None, other) if other is not None else cls(errno, text, name)
    e.errno = errno
    e.strerror = text
    e.filename = name
    e.filename2 = other
    return e


def _missing(name, other=None):
    return _error(FileNotFoundError, 2, "No such file or directory", name, other)


def _exists_error(name):
    return _error(FileExistsError, 17, "File exists", name)


def _is_dir_error(name):
    return _error(IsADirectoryError, 21, "Is a directory", name)


class UnsupportedOperation(OSError):
    __module__ = "io"


class TextIOWrapper:
    def __init__(self, name, full, mode, readable, writable, appending):
        self.name = name
        self.mode = mode
        self.encoding = "UTF-8"
        self.closed = False
        self._full = full
        self._readable = readable
        self._writable = writable
        self._appending = appending
        self._pos = len(_contents[full]) if appending else 0
        self._buffer = []
        self._buffered = 0

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding='UTF-8'>" % (self.name, self.mode)

    def _check(self, allowed, what):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not allowed:
            raise UnsupportedOperation(what)

    def write(self, text):
        self._check(self._writable, "not writable")
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        self._buffer.append(text)
        self._buffered += len(text)
        if self._buffered > _BUFFER:
            self.flush()
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not self._buffer:
            return
        text = "".join(self._buffer)
        self._buffer = []
        self._buffered = 0
        full = self._full
        # One statement without calls: another thread cannot run between the read and the store.
        old = _contents[full] if full in _contents else ""
        if self._appending:
            self._pos = len(old)
        _contents[full] = old[: self._pos] + " " * (self._pos - len(old)) + text + old[self._pos + len(text) :]
        self._pos += len(text)

    def _text(self):
        self._check(self._readable, "not readable")
        self.flush()
        return _contents[self._full] if self._full in _contents else ""

    def read(self, size=-1):
        text = self._text()
        start = self._pos
        end = len(text) if size is None or size < 0 else min(len(text), start + size)
        self._pos = max(start, end)
        return text[start:end]

    def readline(self, size=-1):
        text = self._text()
        start = self._pos
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(start, end)
        return text[start:end]

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        self._check(True, "")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, offset, whence=0):
        self._check(True, "")
        self.flush()
        if whence == 2:
            offset += len(_contents[self._full] if self._full in _contents else "")
        elif whence == 1:
            offset += self._pos
        self._pos = offset
        return offset

    def tell(self):
        self._check(True, "")
        return self._pos + self._buffered

    def readable(self):
        self._check(True, "")
        return self._readable

    def writable(self):
        self._check(True, "")
        return self._writable

    def close(self):
        if not self.closed:
            self.flush()
            self.closed = True

    def __enter__(self):
        self._check(True, "")
        return self

    def __exit__(self, *exc):
        self.close()


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    for c in mode:
        if c not in "rwaxbt+" or mode.count(c) > 1:
            raise ValueError("invalid mode: %r" % mode)
    # (Not sum() over a generator: that would need the _threadplay module.)
    if ("r" in mode) + ("w" in mode) + ("a" in mode) + ("x" in mode) != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if "b" in mode:
        if "t" in mode:
            raise ValueError("can't have text and binary mode at once")
        raise NotImplementedError("open(..., %r): threadplay has no bytes type yet; open files in text mode" % mode)
    full = _path(file)
    if not file:
        raise _missing(file)
    if full in _dirs:
        raise _is_dir_error(file)
    exists = full in _contents
    if "r" in mode and not exists:
        raise _missing(file)
    if "x" in mode and exists:
        raise _exists_error(file)
    if not exists and _parent(full) not in _dirs:
        raise _missing(file)
    if "w" in mode or "x" in mode or not exists:
        _contents[full] = ""
    readable = "r" in mode or "+" in mode
    writable = "r" not in mode or "+" in mode
    return TextIOWrapper(file, full, mode, readable, writable, "a" in mode)


builtins.open = open


# The os and os.path functions on these files (os.py names them).


def exists(path):
    full = _path(path)
    return full in _contents or full in _dirs


def isfile(path):
    return _path(path) in _contents


def isdir(path):
    return _path(path) in _dirs


def getsize(path):
    full = _path(path)
    if full in _dirs:
        return 4096
    if full not in _contents:
        raise _missing(path)
    # Its size in UTF-8 bytes.
    size = 0
    for c in _contents[full]:
        size += 1 if c < "\x80" else 2 if c < "\u0800" else 3 if c < "\U00010000" else 4
    return size


def remove(path):
    full = _path(path)
    if full in _dirs:
        raise _is_dir_error(path)
    if full not in _contents:
        raise _missing(path)
    del _contents[full]


def listdir(path="."):
    full = _path(path)
    if full not in _dirs:
        if full in _contents:
            raise _error(NotADirectoryError, 20, "Not a directory", path)
        raise _missing(path)
    prefix = full.rstrip("/") + "/"
    names = []
    for p in list(_contents) + list(_dirs):
        if p != full and p.startswith(prefix) and "/" not in p[len(prefix) :]:
            names.append(p[len(prefix) :])
    return sorted(names)


def mkdir(path, mode=0o777):
    full = _path(path)
    if full in _dirs or full in _contents:
        raise _exists_error(path)
    if _parent(full) not in _dirs:
        raise _missing(path)
    _dirs.add(full)


def makedirs(name, mode=0o777, exist_ok=False):
    full = _path(name)
    if exist_ok and full in _dirs:
        return
    parent = _parent(full)
    if parent not in _dirs:
        makedirs(parent, mode, True)
    mkdir(name, mode)


def rmdir(path):
    full = _path(path)
    if full not in _dirs:
        if full in _contents:
            raise _error(NotADirectoryError, 20, "Not a directory", path)
        raise _missing(path)
    if listdir(full):
        raise _error(OSError, 39, "Directory not empty", path)
    _dirs.discard(full)


def rename(src, dst):
    a = _path(src)
    b = _path(dst)
    if a not in _contents:
        raise _missing(src, dst)
    if b in _dirs:
        raise _error(IsADirectoryError, 21, "Is a directory", src, dst)
    _contents[b] = _contents.pop(a)


def abspath(path):
    return _path(path)
