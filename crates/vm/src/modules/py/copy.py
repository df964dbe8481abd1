"""corelab's implementation of copy; behaviour matches CPython 3.11 for
copy() and deepcopy() of the builtin containers, class instances (their
__dict__ is copied into a new instance created without calling __init__),
dict subclasses, tuple, int, float and str subclasses (rebuilt as
cls.__new__(cls, *x.__getnewargs__()), then their __dict__ copied: what
pickle protocol 2+ does, so namedtuples copy as in CPython), list subclasses (cls.__new__(cls),
the __dict__, then the items appended), exceptions, and objects defining
__copy__/__deepcopy__,
__getstate__/__setstate__; deepcopy keeps a memo keyed by id() so shared and
recursive structures are reproduced.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _func():
    pass


_ATOMIC = (type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
           complex, str, bytes, type, range, slice, property, type(_func), type(len))


def _is_atomic(cls):
    return cls in _ATOMIC or issubclass(cls, type)


def _user_method(cls, name):
    """The method `name` if a class other than object defines it, else None."""
    for klass in cls.__mro__:
        if klass is object:
            break
        if name in klass.__dict__:
            return getattr(cls, name)
    return None


def _new_instance(cls, x):
    if issubclass(cls, BaseException):
        return BaseException.__new__(cls, *x.args)
    if issubclass(cls, dict):
        return dict.__new__(cls)
    if issubclass(cls, list):
        return list.__new__(cls)
    return object.__new__(cls)


def _get_state(x):
    getstate = _user_method(type(x), '__getstate__')
    if getstate is not None:
        return x.__getstate__()
    try:
        state = vars(x)
    except TypeError:
        return None
    return state if state else None


def _set_state(y, state):
    if state is None:
        return
    setstate = _user_method(type(y), '__setstate__')
    if setstate is not None:
        y.__setstate__(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state:
        for key, value in state.items():
            object.__setattr__(y, key, value)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


# Instances of subclasses of these are rebuilt from __getnewargs__().
_NEWARGS = (tuple, int, float, str)


def _cannot_copy(cls):
    return TypeError(f"cannot pickle '{cls.__name__}' object")


def _has_instance_state(x):
    try:
        vars(x)
    except TypeError:
        return False
    return True


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(cls) or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, _NEWARGS):
        y = cls.__new__(cls, *x.__getnewargs__())
        _set_state(y, _get_state(x))
        return y
    if not isinstance(x, (dict, BaseException)) and not _has_instance_state(x):
        raise _cannot_copy(cls)
    y = _new_instance(cls, x)
    _set_state(y, _get_state(x))
    if isinstance(x, dict):
        for key, value in x.items():
            y[key] = value
    elif isinstance(x, list):
        for item in x:
            y.append(item)
    return y


def _keep_alive(x, memo):
    """Keep x alive as long as memo is (CPython stores it under id(memo))."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A recursive tuple may have been copied while copying its items.
        if d in memo:
            return memo[d]
        same = True
        for k, j in zip(x, items):
            if k is not j:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(list(x), memo))
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            if (not isinstance(x, (dict, BaseException) + _NEWARGS)
                    and not _has_instance_state(x)):
                raise _cannot_copy(cls)
            if isinstance(x, BaseException):
                y = BaseException.__new__(cls, *deepcopy(x.args, memo))
            elif isinstance(x, _NEWARGS):
                y = cls.__new__(cls, *deepcopy(x.__getnewargs__(), memo))
            else:
                y = _new_instance(cls, x)
            memo[d] = y
            state = _get_state(x)
            if state is not None:
                state = deepcopy(state, memo)
            _set_state(y, state)
            if isinstance(x, dict):
                for key, value in x.items():
                    y[deepcopy(key, memo)] = deepcopy(value, memo)
            elif isinstance(x, list):
                for item in x:
                    y.append(deepcopy(item, memo))
    # Atomic objects and unchanged tuples are returned as-is, not memoized.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y
