"""corelab's implementation of itertools; behaviour matches CPython 3.11 for
count, cycle, repeat, accumulate, chain, compress, dropwhile, filterfalse,
groupby, islice, pairwise, starmap, takewhile, tee, zip_longest, product,
permutations, combinations and combinations_with_replacement.

Arguments are checked and iter() is called on the inputs when the function is
called (like CPython); the items are then produced lazily by generators, so the
objects returned are generators rather than itertools.xxx instances.
"""

_NULL = object()    # "no value yet" marker (CPython's NULL)


def _as_index(value):
    """value as an int via __index__, or None if it has no __index__."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        return None
    return method(value)


def _require_index(value):
    result = _as_index(value)
    if result is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return result


def _check_index(value, message):
    if value is None:
        return None
    value = _as_index(value)
    if value is None or value < 0:
        raise ValueError(message)
    return value


def _is_number_type(cls):
    for name in ('__index__', '__int__', '__float__', '__complex__'):
        if getattr(cls, name, None) is not None:
            return True
    return False


# ---------------------------------------------------------------------------
# Infinite iterators

class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __corelab_tp_name__ = 'itertools.count'  # CPython's C type name

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not _is_number_type(type(v)):
                raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'{type(self).__name__}({self._cnt!r})'
        return f'{type(self).__name__}({self._cnt!r}, {self._step!r})'


def cycle(iterable):
    """cycle(p) --> p0, p1, ... plast, p0, p1, ..."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class repeat:
    """repeat(object [,times]) -> object repeated times times, or forever."""
    __corelab_tp_name__ = 'itertools.repeat'  # CPython's C type name

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._times = None
        else:
            times = _require_index(times)
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times > 0:
            self._times -= 1
            return self._object
        raise StopIteration()

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


# ---------------------------------------------------------------------------
# Iterators terminating on the shortest input sequence

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        if func is None:
            total = total + element
        else:
            total = func(total, element)
        yield total


class chain:
    """chain(*iterables) --> items of the first iterable, then the next, ..."""
    __corelab_tp_name__ = 'itertools.chain'  # CPython's C type name

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument."""
        self = cls()
        self._source = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration()
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(iterable)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def compress(data, selectors):
    """compress('ABCDEF', [1,0,1,0,1,1]) --> A C E F"""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    while True:
        try:
            datum = next(data)
            selector = next(selectors)
        except StopIteration:
            return
        if selector:
            yield datum


def dropwhile(predicate, iterable):
    """Drop items while predicate(item) is true, then yield every item."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(function, iterable):
    """Yield the items of iterable for which function(item) is false."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    for x in it:
        if function is None:
            ok = x
        else:
            ok = function(x)
        if not ok:
            yield x


class groupby:
    """groupby(iterable, key=None) -> make an iterator of (key, group) pairs
    for consecutive items with equal keys. Groups share the underlying
    iterator: advancing the groupby object invalidates the previous group."""
    __corelab_tp_name__ = 'itertools.groupby'  # CPython's C type name

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        if self._keyfunc is None:
            key = value
        else:
            key = self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _Grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _Grouper:
    __corelab_tp_name__ = 'itertools._grouper'  # CPython's C type name
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration()
        if gb._currvalue is _NULL:
            gb._step()
        if not (self._tgtkey == gb._currkey):
            raise StopIteration()
        value = gb._currvalue
        gb._currvalue = _NULL
        return value


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    nargs = len(args) + 1
    if nargs < 2:
        raise TypeError(f'islice expected at least 2 arguments, got {nargs}')
    if nargs > 4:
        raise TypeError(f'islice expected at most 4 arguments, got {nargs}')
    start, step = 0, 1
    if len(args) == 1:
        stop = _check_index(args[0], 'Stop argument for islice() must be None or an '
                                     'integer: 0 <= x <= sys.maxsize.')
    else:
        start, stop = args[0], args[1]
        if len(args) == 3:
            step = args[2]
        msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        start = _check_index(start, msg)
        stop = _check_index(stop, msg)
        if start is None:
            start = 0
        if step is None:
            step = 1
        else:
            step = _as_index(step)
            if step is None or step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    nxt = start
    cnt = 0
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def pairwise(iterable):
    """pairwise('ABCD') --> AB BC CD"""
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


def starmap(function, iterable):
    """starmap(pow, [(2,5), (3,2)]) --> 32 9"""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def takewhile(predicate, iterable):
    """Yield items while predicate(item) is true."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


class _TeeLink:
    """A node of the buffer shared by the iterators tee() returns."""

    def __init__(self):
        self.value = _NULL
        self.next = None


class _TeeData:
    def __init__(self, it):
        self.it = it


class _tee:
    __corelab_tp_name__ = 'itertools._tee'  # CPython's C type name
    def __init__(self, data, link):
        self._data = data
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._data.it)     # StopIteration ends this copy
            if link.next is None:
                link.value = value
                link.next = _TeeLink()
        value = link.value
        self._link = link.next
        return value

    def __copy__(self):
        return _tee(self._data, self._link)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators over iterable."""
    n = _require_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if hasattr(it, '__copy__'):
        first = it          # tee'ing a tee object shares its buffer
    else:
        first = _tee(_TeeData(it), _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest('ABCD', 'xy', fillvalue='-') --> Ax By C- D-"""
    return _zip_longest([iter(x) for x in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


# ---------------------------------------------------------------------------
# Combinatoric iterators

def product(*iterables, repeat=1):
    """Cartesian product of input iterables, like nested for-loops."""
    repeat = _require_index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    yield tuple([pool[0] for pool in pools])
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple([pools[j][indices[j]] for j in range(n)])


def _check_r(r):
    r = _require_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """Successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        if not isinstance(r, int):
            raise TypeError('Expected int as r')
        r = _check_r(r)
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    # Index tuples in lexicographic order, each index used at most once:
    # an odometer over positions, where position k holds the k-th choice.
    if r > n:
        return
    chosen = []         # indices picked for positions 0..len(chosen)-1
    used = [False] * n
    candidate = 0       # next index to try at position len(chosen)
    while True:
        if len(chosen) == r:
            yield tuple([pool[i] for i in chosen])
            if not chosen:
                return
            last = chosen.pop()
            used[last] = False
            candidate = last + 1
            continue
        while candidate < n and used[candidate]:
            candidate += 1
        if candidate < n:
            chosen.append(candidate)
            used[candidate] = True
            candidate = 0
        else:
            # Position exhausted: backtrack.
            if not chosen:
                return
            last = chosen.pop()
            used[last] = False
            candidate = last + 1


def combinations(iterable, r):
    """combinations('ABCD', 2) --> AB AC AD BC BD CD"""
    pool = tuple(iterable)
    r = _check_r(r)
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement('ABC', 2) --> AA AB AC BB BC CC"""
    pool = tuple(iterable)
    r = _check_r(r)
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple([pool[k] for k in indices])
