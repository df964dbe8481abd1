"""os: the sandbox-safe parts of CPython's os module, over the native _os
(pid, cpu_count, an empty environ, the simulated working directory) and
posixpath as os.path. Nothing here touches the machine corelab runs on."""

from _os import *
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
