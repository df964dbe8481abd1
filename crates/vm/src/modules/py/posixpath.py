"""posixpath (os.path): POSIX path-name manipulation, written for corelab.

Pure string functions behave as CPython's. The working directory is the
sandbox's simulated one (os.getcwd()); functions that would consult a real
file system (exists, isfile, getsize, ...) raise corelab's unsupported
error: a program never sees the machine corelab runs on. Only str paths
(and os.PathLike objects returning str) are supported, not bytes."""

from _os import getcwd, _unsupported

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, str):
        return p
    if isinstance(p, (bytes, bytearray)):
        _unsupported('bytes paths in os.path are')
    fspath = getattr(type(p), '__fspath__', None)
    if fspath is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(p).__name__)
    r = fspath(p)
    if isinstance(r, str):
        return r
    if isinstance(r, (bytes, bytearray)):
        _unsupported('bytes paths in os.path are')
    raise TypeError(f'expected {type(p).__name__}.__fspath__() to return str '
                    f'or bytes, not {type(r).__name__}')


def _arg_error(funcname, args):
    for a in args:
        if not isinstance(a, str) and getattr(type(a), '__fspath__', None) is None:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f"os.PathLike object, not '{type(a).__name__}'") from None


def normcase(s):
    return _fspath(s)


def isabs(s):
    return _fspath(s).startswith(sep)


def join(a, *p):
    path = _fspath(a)
    try:
        parts = [_fspath(b) for b in p]
    except TypeError:
        _arg_error('join', (a,) + p)
        raise
    for b in parts:
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i] != extsep:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, ''


def splitdrive(p):
    return '', _fspath(p)


def basename(p):
    p = _fspath(p)
    return p[p.rfind(sep) + 1:]


def dirname(p):
    p = _fspath(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    kinds = set(p[:1] == sep for p in paths)
    if len(kinds) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    absolute = kinds.pop()
    split_paths = [[c for c in p.split(sep) if c and c != curdir] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    return (sep if absolute else '') + sep.join(common)


def normpath(path):
    path = _fspath(path)
    if path == '':
        return curdir
    initial = 0
    if path.startswith(sep):
        initial = 2 if path.startswith('//') and not path.startswith('///') else 1
    comps = []
    for comp in path.split(sep):
        if comp in ('', curdir):
            continue
        if comp != pardir or (not initial and not comps) or (comps and comps[-1] == pardir):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = sep * initial + sep.join(comps)
    return path or curdir


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The sandbox has no symbolic links: the absolute, normalised path."""
    if strict:
        _unsupported('os.path.realpath(strict=True) is')
    return abspath(filename)


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    start = curdir if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def expandvars(path):
    from _os import environ
    path = _fspath(path)
    if '$' not in path:
        return path
    out = []
    i, n = 0, len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(c)
                i += 1
                continue
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_') and path[j].isascii():
                j += 1
            name = path[i + 1:j]
            if not name:
                out.append(c)
                i += 1
                continue
            end = j
        if name in environ:
            out.append(environ[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)


def _no_file_system(name):
    def f(*args, **kwargs):
        _unsupported(f'os.path.{name}() (the file system) is')
    f.__name__ = name
    f.__qualname__ = name
    return f


exists = _no_file_system('exists')
lexists = _no_file_system('lexists')
isfile = _no_file_system('isfile')
isdir = _no_file_system('isdir')
islink = _no_file_system('islink')
ismount = _no_file_system('ismount')
getsize = _no_file_system('getsize')
getmtime = _no_file_system('getmtime')
getatime = _no_file_system('getatime')
getctime = _no_file_system('getctime')
samefile = _no_file_system('samefile')


def expanduser(path):
    """Only paths without a leading '~' (returned unchanged): the sandbox
    has no users or home directories."""
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    _unsupported("os.path.expanduser() of '~' paths is")
