"""corelab's implementation of collections; behaviour matches CPython 3.11 for
ChainMap, Counter, OrderedDict and defaultdict defined here, namedtuple
(from _collections_namedtuple), UserDict/UserList/UserString (from
_collections_user) and deque (from the native _collections).
"""

from _collections import deque
from _collections_namedtuple import namedtuple
from _collections_user import UserDict, UserList, UserString
import collections.abc as _abc

abc = _abc  # CPython's collections has its abc submodule as an attribute

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
# ChainMap

class ChainMap(_abc.MutableMapping):
    """A view of several mappings as one: lookups search them in order,
    writes and deletions go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        seen = set()
        for mapping in self.maps:
            seen.update(mapping)
        return len(seen)

    def __iter__(self):
        order = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                order[key] = None
        return iter(order)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __repr__(self):
        key = id(self)
        if key in _CHAINMAP_REPRS:
            return '...'
        _CHAINMAP_REPRS.add(key)
        try:
            inner = ', '.join([repr(m) for m in self.maps])
        finally:
            _CHAINMAP_REPRS.discard(key)
        return f'{type(self).__name__}({inner})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}') from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}') from None

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _abc.Mapping)):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, (dict, _abc.Mapping)):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return type(self)(merged)


# ids of the ChainMaps whose repr is being built (a ChainMap inside itself
# prints as '...').
_CHAINMAP_REPRS = set()
