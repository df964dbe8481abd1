"""corelab's implementation of collections; behaviour matches CPython 3.11 for
Counter, OrderedDict, defaultdict, namedtuple and deque (re-exported from the
native _collections module).

namedtuple classes are real tuple subclasses, as CPython's; their instances
have no __dict__ (the classes emulate `__slots__ = ()` with __setattr__).
"""

from _collections import deque

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']


def _dict_repr(d):
    """repr() of the dict items of d, as dict.__repr__ would print them."""
    return '{' + ', '.join([repr(k) + ': ' + repr(v) for k, v in d.items()]) + '}'


def _dict_items_equal(a, b):
    """dict.__eq__: same keys, and values identical or equal."""
    if len(a) != len(b):
        return False
    for key, value in dict.items(a):
        if not dict.__contains__(b, key):
            return False
        other = dict.__getitem__(b, key)
        if not (value is other or value == other):
            return False
    return True


def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, 'keys') and hasattr(obj, '__getitem__'))


def _mapping_items(obj):
    if isinstance(obj, dict):
        return list(obj.items())
    return [(k, obj[k]) for k in obj.keys()]


# ---------------------------------------------------------------------------
# OrderedDict

class OrderedDict(dict):
    """Dictionary that remembers insertion order and can reorder its keys."""
    __corelab_tp_name__ = 'collections.OrderedDict'  # CPython's C type name

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def __iter__(self):
        return iter(dict.keys(self))

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key, value in _mapping_items(other):
                self[key] = value
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or the beginning if last is false)."""
        value = dict.pop(self, key)     # raises KeyError(key) when missing
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair, LIFO if last is true else FIFO."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = list(dict.keys(self))[-1]
        else:
            key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        return self.copy()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __repr__(self):
        if not self:
            return self.__class__.__name__ + '()'
        return f'{self.__class__.__name__}({list(self.items())!r})'

    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        if not _dict_items_equal(self, other):
            return False
        if isinstance(other, OrderedDict):
            for a, b in zip(self, other):
                if not (a is b or a == b):
                    return False
        return True

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------------------
# defaultdict

class defaultdict(dict):
    """dict subclass that calls default_factory to supply missing values."""
    __corelab_tp_name__ = 'collections.defaultdict'  # CPython's C type name

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __iter__(self):
        return iter(dict.keys(self))

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return f'{type(self).__name__}({self.default_factory!r}, {_dict_repr(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    def __deepcopy__(self, memo):
        # Equivalent to copy.deepcopy's generic reconstruction of a
        # defaultdict: same factory, deep-copied items.
        import copy
        new = type(self)(self.default_factory)
        memo[id(self)] = new
        for key, value in self.items():
            new[copy.deepcopy(key, memo)] = copy.deepcopy(value, memo)
        return new

    def __copy__(self):
        return self.copy()

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------------------
# Counter

class Counter(dict):
    """Dict subclass for counting hashable items (a multiset)."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __iter__(self):
        return iter(dict.keys(self))

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts (all when n is None).
        Elements with equal counts keep their first-encountered order."""
        items = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for elem, count in list(self.items()):
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable or mapping (and keyword arguments)."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem, count in _mapping_items(iterable):
                        self[elem] = count + self.get(elem, 0)
                else:
                    for elem, count in _mapping_items(iterable):
                        dict.__setitem__(self, elem, count)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts; counts may become zero or negative."""
        if iterable is not None:
            if _is_mapping(iterable):
                for elem, count in _mapping_items(iterable):
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        return self.copy()

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return self.__class__.__name__ + '()'
        try:
            items = self.most_common()
        except TypeError:
            items = list(self.items())
        body = ', '.join([repr(k) + ': ' + repr(v) for k, v in items])
        return self.__class__.__name__ + '({' + body + '})'

    # Rich comparisons treat missing elements as having zero count.
    # Against a plain dict, CPython's Counter returns NotImplemented and the
    # dict's own __eq__ answers; corelab's comparison has no builtin
    # reflected dict.__eq__ after a Python one, so it is answered here.
    def __eq__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return _dict_items_equal(self, other)
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return not _dict_items_equal(self, other)
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _second(pair):
    return pair[1]


# ---------------------------------------------------------------------------
# namedtuple

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


def _quoted_list(names):
    """'a'; 'a' and 'b'; 'a', 'b', and 'c' (CPython's missing-argument style)."""
    q = [repr(n) for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return q[0] + ' and ' + q[1]
    return ', '.join(q[:-1]) + ', and ' + q[-1]


def _bind_arguments(qualname, names, defaults, args, kwargs):
    """Bind args/kwargs to the parameters `names` (after an implicit self) the
    way CPython does for `def f(self, <names>)`, where `defaults` maps the
    trailing parameter names to default values. Returns the values in order.
    Raises TypeError with CPython's messages."""
    nparams = len(names)
    values = list(args[:nparams])
    bound = {}
    for i in range(len(values)):
        bound[names[i]] = values[i]
    for key in kwargs:
        if key not in names:
            raise TypeError(f'{qualname}() got an unexpected keyword argument {key!r}')
        if key in bound:
            raise TypeError(f'{qualname}() got multiple values for argument {key!r}')
        bound[key] = kwargs[key]
    if len(args) > nparams:
        ndef = len(defaults)
        if ndef:
            sig = f'from {nparams + 1 - ndef} to {nparams + 1}'
        else:
            sig = str(nparams + 1)
        plural = 's' if (nparams + 1 != 1 or ndef) else ''
        given = len(args) + 1
        verb = 'was' if given == 1 else 'were'
        raise TypeError(f'{qualname}() takes {sig} positional argument{plural} but {given} {verb} given')
    missing = [n for n in names if n not in bound and n not in defaults]
    if missing:
        plural = '' if len(missing) == 1 else 's'
        raise TypeError(f'{qualname}() missing {len(missing)} required positional '
                        f'argument{plural}: {_quoted_list(missing)}')
    result = []
    for n in names:
        if n in bound:
            result.append(bound[n])
        else:
            result.append(defaults[n])
    return result


def _tuplegetter(index, doc):
    """The descriptor of a namedtuple field: a property reading item `index`
    that cannot be set or deleted (CPython's is a C `_tuplegetter`; corelab
    has no Python-level descriptors other than property)."""
    def getter(self):
        return self[index]

    def setter(self, value):
        raise AttributeError("can't set attribute")

    def deleter(self):
        raise AttributeError("can't delete attribute")
    return property(getter, setter, deleter, doc)


def _has_no_dict(cls):
    """Whether instances of `cls` have no __dict__ (each Python class of its
    MRO declares __slots__, as the classes namedtuple makes do)."""
    for klass in cls.__mro__:
        if klass is tuple or klass is object:
            continue
        if '__slots__' not in klass.__dict__:
            return False
    return True


def _nt_setattr(self, name, value):
    # __slots__ = () emulation: no instance attributes unless a subclass
    # without __slots__ gives its instances a __dict__.
    cls = type(self)
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return object.__setattr__(self, name, value)
    if _has_no_dict(cls):
        raise AttributeError(f"'{cls.__name__}' object has no attribute '{name}'")
    object.__setattr__(self, name, value)


def _nt_delattr(self, name):
    cls = type(self)
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return object.__delattr__(self, name)
    if _has_no_dict(cls):
        raise AttributeError(f"'{cls.__name__}' object has no attribute '{name}'")
    object.__delattr__(self, name)


def _nt_getnewargs(self):
    """Return self as a plain tuple.  Used by copy and pickle."""
    return tuple(self)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_' + str(index)
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
        for name, value in zip(fields[nfields - len(defaults):], defaults):
            field_defaults[name] = value

    def __new__(_cls, *args, **kwargs):
        values = _bind_arguments(typename + '.__new__', fields, field_defaults,
                                 args, kwargs)
        return tuple.__new__(_cls, values)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f'Expected {nfields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        values = []
        for name, value in zip(fields, self):
            values.append(kwds.pop(name, value))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)

    def __repr__(self):
        parts = [name + '=' + repr(value) for name, value in zip(fields, self)]
        return type(self).__name__ + '(' + ', '.join(parts) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    __new__.__doc__ = f'Create new instance of {typename}({", ".join(fields)})'
    _make.__doc__ = 'Make a new object from a sequence or iterable'
    _replace.__doc__ = 'Return a new object replacing specified fields with new values'
    __repr__.__doc__ = 'Return a nicely formatted representation string'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'
    for func in (__new__, _make, _replace, __repr__, _asdict):
        func.__qualname__ = typename + '.' + func.__name__

    namespace = {
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': _nt_getnewargs,
        '__match_args__': fields,
        '__setattr__': _nt_setattr,
        '__delattr__': _nt_delattr,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, f'Alias for field number {index}')
    cls = type(typename, (tuple,), namespace)
    cls.__module__ = '__main__' if module is None else module
    return cls
