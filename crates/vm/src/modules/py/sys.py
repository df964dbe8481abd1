"""sys: re-exports the native _sys module (argv, exit, streams, recursion
limit, exc_info, ...) and adds CPython's struct sequences (version_info,
float_info, int_info): read-only, tuple-like objects with named fields."""

from _sys import *
from _sys import __stdout__, __stderr__


class _StructSeq:
    """Tuple behaviour for a struct sequence; subclasses set _name/_fields."""

    _name = ''
    _fields = ()

    def __repr__(self):
        parts = [f'{n}={v!r}' for n, v in zip(self._fields, self._values)]
        return self._name + '(' + ', '.join(parts) + ')'

    def __getattr__(self, name):
        fields = type(self)._fields
        if name in fields:
            return self._values[fields.index(name)]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name in type(self)._fields:
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __len__(self):
        return len(self._values)

    def __getitem__(self, index):
        return self._values[index]

    def __iter__(self):
        return iter(self._values)

    def __contains__(self, value):
        return value in self._values

    def __hash__(self):
        return hash(self._values)

    def __add__(self, other):
        return self._values + other

    def __radd__(self, other):
        return other + self._values

    def __eq__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values == other

    def __ne__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values != other

    def __lt__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values < other

    def __le__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values <= other

    def __gt__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values > other

    def __ge__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values >= other

    def count(self, value):
        return self._values.count(value)

    def index(self, value, *args):
        return self._values.index(value, *args)


def _as_tuple(other):
    if isinstance(other, _StructSeq):
        return other._values
    if isinstance(other, tuple):
        return other
    return None


def _struct_seq(name, fields, values):
    """An instance of a new struct sequence type named `name`."""

    class _Type(_StructSeq):
        def __init__(self, *args, **kwargs):
            raise TypeError(f"cannot create '{name}' instances")

    short = name.rpartition('.')[2]
    _Type.__name__ = short
    _Type.__qualname__ = short
    _Type.__module__ = 'sys'
    _Type._name = name
    _Type._fields = tuple(fields)
    inst = object.__new__(_Type)
    object.__setattr__(inst, '_values', tuple(values))
    return inst


version_info = _struct_seq(
    'sys.version_info',
    ['major', 'minor', 'micro', 'releaselevel', 'serial'],
    [3, 11, 7, 'final', 0])
float_info = _struct_seq(
    'sys.float_info',
    ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
     'mant_dig', 'epsilon', 'radix', 'rounds'],
    [1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
     15, 53, 2.220446049250313e-16, 2, 1])
int_info = _struct_seq(
    'sys.int_info',
    ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
     'str_digits_check_threshold'],
    [30, 4, 4300, 640])


def intern(string, /):
    """Returns string (corelab's strings need no interning)."""
    if type(string) is not str:
        if isinstance(string, str):
            raise TypeError(f"can't intern {type(string).__name__}")
        raise TypeError(f"intern() argument must be str, not {type(string).__name__}")
    return string


def getdefaultencoding():
    return 'utf-8'


def getfilesystemencoding():
    return 'utf-8'
