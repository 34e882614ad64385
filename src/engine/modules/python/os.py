# os: the few process facts a threading course prints. The simulated machine has 4 cores and is
# process 4242; there are no files.
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


def _no_files(*args, **kwargs):
    raise NotImplementedError("threadplay has no file system")


listdir = _no_files
remove = _no_files
mkdir = _no_files
makedirs = _no_files


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
        return False


path = _Path()
