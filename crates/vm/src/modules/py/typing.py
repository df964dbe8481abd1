"""corelab's typing module: the special forms and generic aliases that
annotations use at run time. They can be subscripted, compared and printed
as in CPython (`typing.Optional[int]`, `typing.List[str]`); nothing is
checked. TypeVar, Generic, Protocol, cast, overload, NewType and
get_type_hints are provided in simplified form.
"""

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Literal', 'Optional',
           'Union', 'Tuple', 'Type', 'TypeVar', 'Generic', 'Protocol',
           'List', 'Dict', 'Set', 'FrozenSet', 'DefaultDict', 'Deque',
           'Counter', 'OrderedDict', 'Iterable', 'Iterator',
           'Generator', 'Sequence', 'MutableSequence', 'Mapping',
           'MutableMapping', 'AbstractSet', 'MutableSet', 'Hashable',
           'Sized', 'Container', 'Collection', 'Reversible', 'Awaitable',
           'Coroutine', 'AsyncIterator', 'AsyncIterable', 'NamedTuple',
           'TypedDict', 'NoReturn', 'Never', 'Self', 'TYPE_CHECKING',
           'cast', 'overload', 'no_type_check', 'final', 'NewType',
           'get_type_hints', 'get_origin', 'get_args', 'Text', 'AnyStr']

TYPE_CHECKING = False


def _type_repr(obj):
    """How a type argument prints inside `X[...]`."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


def _check(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _args(params):
    if not isinstance(params, tuple):
        params = (params,)
    return params


class ForwardRef:
    """A string annotation inside a generic alias."""

    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _Final:
    """Base of the typing objects (which cannot be subclassed)."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    """`List[int]`, `ClassVar[int]`, `Callable[[int], str]`, ..."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = tuple(_check(a) if not isinstance(a, list) else a
                              for a in args)
        self._name = name

    def __repr__(self):
        if self._name is not None:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return f'{head}[()]'
        return head + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name is not None and isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Cannot instantiate typing.{self._name}')
        return self.__origin__(*args, **kwargs)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and '
                        'instance checks')

    def __mro_entries__(self, bases):
        # What a class statement puts in place of this alias among its bases.
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        later = bases[bases.index(self) + 1:]
        if origin is Generic:
            # Another subscripted base after it brings Generic along.
            if any(isinstance(b, _GenericAlias) and b is not self
                   for b in later):
                return ()
            return (Generic,)
        if self._name is None:
            return (origin,)
        # List[int], Dict[str, int], ...: the builtin, then Generic unless
        # a later base is generic already.
        entries = () if origin in bases else (origin,)
        for b in later:
            if isinstance(b, _GenericAlias) or (
                    isinstance(b, type) and issubclass(b, Generic)):
                return entries
        return entries + (Generic,)


class _CallableAlias(_GenericAlias):
    def __repr__(self):
        a = self.__args__
        if len(a) == 2 and (isinstance(a[0], list) or a[0] is ...):
            return f'typing.Callable[{_type_repr(a[0])}, {_type_repr(a[1])}]'
        return super().__repr__()


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        a = self.__args__
        if len(a) == 2 and type(None) in a:
            other = a[1] if a[0] is type(None) else a[0]
            return f'typing.Optional[{_type_repr(other)}]'
        return 'typing.Union[' + ', '.join(_type_repr(x) for x in a) + ']'

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _SpecialGenericAlias(_Final):
    """The bare `List`, `Dict`, ...: subscripting makes a `_GenericAlias`."""

    def __init__(self, origin, name, nparams=-1):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = _args(params)
        if self._nparams >= 0 and len(params) != self._nparams:
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f'Too {many} arguments for {self!r}; actual '
                            f'{len(params)}, expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Type {self._name} cannot be instantiated; use '
                        f'{self.__origin__.__name__}() instead')

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple')
        return _GenericAlias(tuple, _args(params), 'Tuple')


class _CallableSpecial(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], '
                            'result].')
        args, result = params
        if not (args is ... or isinstance(args, list)):
            raise TypeError('Callable[args, result]: args must be a list. '
                            f'Got {_type_repr(args)}')
        if isinstance(args, list):
            args = [_check(a) for a in args]
        return _CallableAlias(self.__origin__, (args, result), 'Callable')


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal, ..."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f'{self!r} is not subscriptable')
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __instancecheck__(self, obj):
        raise TypeError(f'{self!r} cannot be used with isinstance()')


def _one_type(self, params):
    params = _args(params)
    if len(params) != 1:
        raise TypeError(f'{self!r} accepts only single type.')
    return _GenericAlias(self, params, self._name)


def _union(self, params):
    params = _args(params)
    if not params:
        raise TypeError('Cannot take a Union of no types.')
    flat = []
    for p in params:
        p = _check(p)
        if isinstance(p, _UnionAlias):
            items = p.__args__
        else:
            items = (p,)
        for x in items:
            if x not in flat:
                flat.append(x)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), 'Union')


def _optional(self, params):
    params = _args(params)
    if len(params) != 1:
        raise TypeError(f'{self!r} requires a single type.')
    return Union[params[0], None]


def _literal(self, params):
    return _GenericAlias(self, _args(params), 'Literal')


def _any_args(self, params):
    return _GenericAlias(self, _args(params), self._name)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _one_type)
Final = _SpecialForm('Final', _one_type)
Literal = _SpecialForm('Literal', _literal)
Annotated = _SpecialForm('Annotated', _any_args)
TypeAlias = _SpecialForm('TypeAlias')


class TypeVar(_Final):
    """A type variable; prints as `~T` (`+T`/`-T` for variance)."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


class Generic:
    """Base of user generic classes: `class Box(Generic[T])`."""

    def __class_getitem__(cls, params):
        return _GenericAlias(cls, _args(params),
                             'Generic' if cls is Generic else None)


class Protocol(Generic):
    """Structural base class; checks nothing at run time."""


import collections as _c
import collections.abc as _abc

List = _SpecialGenericAlias(list, 'List', 1)
Dict = _SpecialGenericAlias(dict, 'Dict', 2)
Set = _SpecialGenericAlias(set, 'Set', 1)
FrozenSet = _SpecialGenericAlias(frozenset, 'FrozenSet', 1)
Tuple = _TupleAlias(tuple, 'Tuple')
Type = _SpecialGenericAlias(type, 'Type', 1)
DefaultDict = _SpecialGenericAlias(_c.defaultdict, 'DefaultDict', 2)
OrderedDict = _SpecialGenericAlias(_c.OrderedDict, 'OrderedDict', 2)
Counter = _SpecialGenericAlias(_c.Counter, 'Counter', 1)
Deque = _SpecialGenericAlias(_c.deque, 'Deque', 1)
Callable = _CallableSpecial(_abc.Callable, 'Callable')
Iterable = _SpecialGenericAlias(_abc.Iterable, 'Iterable', 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 'Iterator', 1)
Generator = _SpecialGenericAlias(_abc.Generator, 'Generator', 3)
Reversible = _SpecialGenericAlias(_abc.Reversible, 'Reversible', 1)
Sequence = _SpecialGenericAlias(_abc.Sequence, 'Sequence', 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 'MutableSequence', 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 'Mapping', 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 'MutableMapping', 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 'AbstractSet', 1)
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 'MutableSet', 1)
Collection = _SpecialGenericAlias(_abc.Collection, 'Collection', 1)
Container = _SpecialGenericAlias(_abc.Container, 'Container', 1)
Hashable = _SpecialGenericAlias(_abc.Hashable, 'Hashable', 0)
Sized = _SpecialGenericAlias(_abc.Sized, 'Sized', 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 'Awaitable', 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 'Coroutine', 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 'AsyncIterable', 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 'AsyncIterator', 1)


def NamedTuple(typename, fields=None, **kwargs):
    """The functional form `NamedTuple('P', [('x', int), ('y', int)])`."""
    if fields is None:
        fields = list(kwargs.items())
    names = [n for n, _ in fields]
    cls = _c.namedtuple(typename, names)
    cls.__annotations__ = dict(fields)
    return cls


def TypedDict(typename, fields=None, total=True, **kwargs):
    """The functional form: a plain dict subclass."""
    if fields is None:
        fields = kwargs
    cls = type(typename, (dict,), {'__annotations__': dict(fields),
                                   '__total__': total})
    return cls


def cast(typ, val):
    """Returns `val` unchanged."""
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


class NewType:
    """`UserId = NewType('UserId', int)`: calling it returns its argument."""

    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    origin = getattr(type(tp), '__name__', None)
    if origin == 'GenericAlias':
        return tp.__origin__
    return None


def get_args(tp):
    if isinstance(tp, _CallableAlias):
        a = tp.__args__
        if isinstance(a[0], list):
            return (list(a[0]), a[1])
        return a
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    if getattr(type(tp), '__name__', None) == 'GenericAlias':
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of `obj` (a class merges its bases'). String
    annotations stay strings: corelab has no eval()."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(getattr(base, '__annotations__', {}))
    else:
        hints.update(getattr(obj, '__annotations__', {}))
    return hints
