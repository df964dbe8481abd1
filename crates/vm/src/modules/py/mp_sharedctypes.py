"""multiprocessing.sharedctypes for corelab: Value and Array, C-typed
values in machine shared memory blocks, optionally guarded by an RLock.
"""

import _mp
from multiprocessing.synchronize import RLock

_CTYPES = {
    'b': ('c_byte', int, 8, True), 'B': ('c_ubyte', int, 8, False),
    'h': ('c_short', int, 16, True), 'H': ('c_ushort', int, 16, False),
    'i': ('c_int', int, 32, True), 'I': ('c_uint', int, 32, False),
    'l': ('c_long', int, 64, True), 'L': ('c_ulong', int, 64, False),
    'q': ('c_longlong', int, 64, True), 'Q': ('c_ulonglong', int, 64, False),
    'f': ('c_float', float, 0, True), 'd': ('c_double', float, 0, True),
    'c': ('c_char', bytes, 0, False),
}


def _ctype(typecode):
    if typecode not in _CTYPES:
        _mp.unsupported(f"multiprocessing shared ctype {typecode!r}")
    return _CTYPES[typecode]


def _convert(typecode, value):
    """A value as the C type stores it (ints wrap around, as in C)."""
    name, kind, bits, signed = _ctype(typecode)
    if kind is int:
        if not isinstance(value, int):
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
        value &= (1 << bits) - 1
        if signed and value >= 1 << (bits - 1):
            value -= 1 << bits
        return value
    if kind is float:
        if not isinstance(value, (int, float)):
            raise TypeError("must be real number, not %s" % type(value).__name__)
        return float(value)
    if not (isinstance(value, bytes) and len(value) == 1):
        raise TypeError("one character bytes, bytearray or integer expected")
    return value


class _Synchronized:
    """A shared scalar (multiprocessing.Value)."""

    def __init__(self, typecode, value, lock):
        self._typecode = typecode
        self._block = _mp.shared_new([_convert(typecode, value)])
        self._lock = RLock() if lock is True else (None if lock is False else lock)

    @property
    def value(self):
        return _mp.shared_get(self._block, 0)

    @value.setter
    def value(self, v):
        _mp.shared_set(self._block, 0, _convert(self._typecode, v))

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        name = _ctype(self._typecode)[0]
        if self._lock is None:
            return '%s(%r)' % (name, self.value)
        return '<Synchronized wrapper for %s(%r)>' % (name, self.value)


class _SynchronizedArray:
    """A shared array (multiprocessing.Array)."""

    def __init__(self, typecode, size_or_init, lock):
        self._typecode = typecode
        if isinstance(size_or_init, int):
            zero = b'\x00' if typecode == 'c' else (0.0 if _ctype(typecode)[1] is float else 0)
            items = [zero] * size_or_init
        elif typecode == 'c' and isinstance(size_or_init, bytes):
            items = [bytes([b]) for b in size_or_init]
        else:
            items = [_convert(typecode, v) for v in size_or_init]
        self._len = len(items)
        self._block = _mp.shared_new(items)
        self._lock = RLock() if lock is True else (None if lock is False else lock)

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if isinstance(i, slice):
            return _mp.shared_get(self._block, None)[i]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("invalid index")
        return _mp.shared_get(self._block, i)

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            idx = range(self._len)[i]
            vals = list(v)
            if len(vals) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for j, x in zip(idx, vals):
                _mp.shared_set(self._block, j, _convert(self._typecode, x))
            return
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("invalid index")
        _mp.shared_set(self._block, i, _convert(self._typecode, v))

    def __iter__(self):
        return iter(_mp.shared_get(self._block, None))

    @property
    def value(self):
        return b''.join(_mp.shared_get(self._block, None)).split(b'\x00')[0]

    @property
    def raw(self):
        return b''.join(_mp.shared_get(self._block, None))

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        name = _ctype(self._typecode)[0]
        inner = '<multiprocessing.sharedctypes.%s_Array_%d object at %#x>' % (
            name, self._len, id(self))
        if self._lock is None:
            return inner
        return '<SynchronizedArray wrapper for %s>' % inner


def Value(typecode_or_type, *args, lock=True, ctx=None):
    value = args[0] if args else 0
    return _Synchronized(typecode_or_type, value, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    return _SynchronizedArray(typecode_or_type, size_or_initializer, lock)
