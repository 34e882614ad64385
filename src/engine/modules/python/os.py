# os: the few process facts a threading course prints, and the run's files (_files.py, in
# memory). The simulated machine has 4 cores and is process 4242.
name = "posix"
sep = "/"
linesep = "\n"
environ = {}


def getpid():
    return 4242


def getppid():
    return 4241


def cpu_count():
    return 4


def getcwd():
    return "/home/learner"


def getenv(key, default=None):
    return environ.get(key, default)


def system(command):
    raise NotImplementedError("threadplay simulates threads in one program: os.system cannot run a command")


from _files import listdir, mkdir, makedirs, remove, rmdir, rename
from _files import exists as _exists, isfile as _isfile, isdir as _isdir, getsize as _getsize
from _files import abspath as _abspath

unlink = remove


class _Path:
    sep = "/"

    def join(self, a, *parts):
        path = a
        for p in parts:
            if p.startswith("/"):
                path = p
            elif not path or path.endswith("/"):
                path = path + p
            else:
                path = path + "/" + p
        return path

    def basename(self, p):
        return p[p.rfind("/") + 1:]

    def dirname(self, p):
        i = p.rfind("/") + 1
        head = p[:i]
        if head and head != "/" * len(head):
            head = head.rstrip("/")
        return head

    def splitext(self, p):
        base = self.basename(p)
        i = base.rfind(".")
        if i <= 0:
            return p, ""
        cut = len(p) - len(base) + i
        return p[:cut], p[cut:]

    def exists(self, p):
        return _exists(p)

    def isfile(self, p):
        return _isfile(p)

    def isdir(self, p):
        return _isdir(p)

    def getsize(self, p):
        return _getsize(p)

    def abspath(self, p):
        return _abspath(p)

    def isabs(self, p):
        return p.startswith("/")


path = _Path()
