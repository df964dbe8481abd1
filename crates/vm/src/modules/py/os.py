"""os: the sandbox-safe parts of CPython's os module, over the native _os
(pid, cpu_count, an empty environ, the simulated working directory) and
posixpath as os.path. Nothing here touches the machine corelab runs on."""

from _os import *
from _os import _unsupported
import posixpath as path
from posixpath import curdir, pardir, sep, extsep, altsep, pathsep, defpath, devnull

name = 'posix'
linesep = '\n'


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(p).__name__)
    r = f(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError(f'expected {type(p).__name__}.__fspath__() to return str '
                    f'or bytes, not {type(r).__name__}')


def getenv(key, default=None):
    return environ.get(key, default)


def _no_host(name):
    def f(*args, **kwargs):
        _unsupported(f'os.{name}() (the host system) is')
    f.__name__ = name
    f.__qualname__ = name
    return f


# Functions that would reach the host stop with the unsupported error.
listdir = _no_host('listdir')
scandir = _no_host('scandir')
walk = _no_host('walk')
stat = _no_host('stat')
lstat = _no_host('lstat')
mkdir = _no_host('mkdir')
makedirs = _no_host('makedirs')
remove = _no_host('remove')
unlink = _no_host('unlink')
rmdir = _no_host('rmdir')
removedirs = _no_host('removedirs')
rename = _no_host('rename')
replace = _no_host('replace')
chdir = _no_host('chdir')
chmod = _no_host('chmod')
system = _no_host('system')
popen = _no_host('popen')
urandom = _no_host('urandom')
open = _no_host('open')
kill = _no_host('kill')
getlogin = _no_host('getlogin')
access = _no_host('access')
utime = _no_host('utime')
symlink = _no_host('symlink')
link = _no_host('link')
readlink = _no_host('readlink')
truncate = _no_host('truncate')
fork = _no_host('fork')
execv = _no_host('execv')
execvp = _no_host('execvp')
spawnv = _no_host('spawnv')
putenv = _no_host('putenv')
unsetenv = _no_host('unsetenv')
times = _no_host('times')
umask = _no_host('umask')
