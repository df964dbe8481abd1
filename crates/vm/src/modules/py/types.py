"""corelab's types module: GenericAlias (what `list[int]` and a class's
`__class_getitem__` make), SimpleNamespace and the names of a few builtin
types."""

__all__ = ['GenericAlias', 'SimpleNamespace', 'NoneType', 'FunctionType',
           'LambdaType', 'BuiltinFunctionType', 'ModuleType',
           'GeneratorType', 'MethodType', 'EllipsisType',
           'NotImplementedType']


def _repr_arg(a):
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return f'{a.__module__}.{a.__qualname__}'
    if a is ...:
        return '...'
    if isinstance(a, list):
        return '[' + ', '.join(_repr_arg(x) for x in a) + ']'
    return repr(a)


class GenericAlias:
    """`list[int]`: an origin class and its arguments. Calling it calls the
    origin; attributes other than dunders come from the origin."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        if not self.__args__:
            a = '()'
        else:
            a = ', '.join(_repr_arg(x) for x in self.__args__)
        return f'{_repr_arg(self.__origin__)}[{a}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class SimpleNamespace:
    """Attribute bag: `SimpleNamespace(a=1)`."""

    def __init__(self, /, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        items = (f'{k}={v!r}' for k, v in self.__dict__.items())
        return f"namespace({', '.join(items)})"

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__


def _f():
    pass


def _g():
    yield


NoneType = type(None)
FunctionType = type(_f)
LambdaType = FunctionType
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
import math as _m
ModuleType = type(_m)
GeneratorType = type(_g())
MethodType = type(GenericAlias(int, ()).__repr__)
del _f, _g, _m
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
