"""corelab's namedtuple (imported by collections, which owns the public name;
CPython keeps it in collections/__init__.py).

namedtuple classes are real tuple subclasses, as CPython's; their instances
have no __dict__ (the classes emulate `__slots__ = ()` with __setattr__).
"""

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


namedtuple.__module__ = 'collections'
