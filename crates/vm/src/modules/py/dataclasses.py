"""corelab's implementation of dataclasses; behaviour matches CPython 3.11 for
dataclass (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only),
field, Field, fields, asdict, astuple, replace, is_dataclass, KW_ONLY,
InitVar, ClassVar fields, MISSING and FrozenInstanceError.

Fields come from the class's own __annotations__ (read through
cls.__dict__, like CPython). The generated methods are ordinary closures
rather than exec()-generated code: __init__ accepts *args/**kwargs and binds
them exactly as the generated signature would, with CPython's TypeError
messages.
"""

import copy as _copy_module

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _MappingProxy:
    """Read-only view of a mapping (CPython uses types.MappingProxyType)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'


_EMPTY_METADATA = _MappingProxy({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """Type wrapper marking init-only pseudo-fields (passed to __post_init__)."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """A dataclass field; created by field() or from a plain default."""

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else _MappingProxy(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------------------
# Argument binding for the generated __init__

def _quoted_list(names):
    q = [repr(n) for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return q[0] + ' and ' + q[1]
    return ', '.join(q[:-1]) + ', and ' + q[-1]


def _bind(qualname, pos_names, kw_names, has_default, args, kwargs):
    """Bind like `def f(self, *pos_names, *, *kw_names)` would (has_default is
    the set of parameter names with defaults). Returns {name: value} for the
    parameters that were given; raises CPython's TypeErrors."""
    npos = len(pos_names)
    bound = {}
    for i in range(min(len(args), npos)):
        bound[pos_names[i]] = args[i]
    for key in kwargs:
        if key not in pos_names and key not in kw_names:
            raise TypeError(f'{qualname}() got an unexpected keyword argument {key!r}')
        if key in bound:
            raise TypeError(f'{qualname}() got multiple values for argument {key!r}')
        bound[key] = kwargs[key]
    if len(args) > npos:
        ndef = len([n for n in pos_names if n in has_default])
        takes = npos + 1
        if ndef:
            sig = f'from {takes - ndef} to {takes}'
        else:
            sig = str(takes)
        given = len(args) + 1
        kwonly_given = len([n for n in kw_names if n in bound])
        if kwonly_given:
            s1 = '' if given == 1 else 's'
            s2 = '' if kwonly_given == 1 else 's'
            extra = f' positional argument{s1} (and {kwonly_given} keyword-only argument{s2})'
        else:
            extra = ''
        plural = 's' if (takes != 1 or ndef) else ''
        verb = 'was' if (given == 1 and not kwonly_given) else 'were'
        raise TypeError(f'{qualname}() takes {sig} positional argument{plural} '
                        f'but {given}{extra} {verb} given')
    for names, kind in ((pos_names, 'positional'), (kw_names, 'keyword-only')):
        missing = [n for n in names if n not in bound and n not in has_default]
        if missing:
            plural = '' if len(missing) == 1 else 's'
            raise TypeError(f'{qualname}() missing {len(missing)} required {kind} '
                            f'argument{plural}: {_quoted_list(missing)}')
    return bound


# ---------------------------------------------------------------------------
# Generated methods

def _make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init):
    pos_names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_fields]
    has_default = set()
    for f in std_fields + kw_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            has_default.add(f.name)
    initvar_names = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
    qualname = cls.__qualname__ + '.__init__'

    def __init__(self, *args, **kwargs):
        bound = _bind(qualname, pos_names, kw_names, has_default, args, kwargs)
        for f in all_fields:
            if f.init:
                if f.name in bound:
                    value = bound[f.name]
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                # Reading the attribute finds the class-level default.
                continue
            if f._field_type is _FIELD_INITVAR:
                bound[f.name] = value
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            initvars = []
            for name in initvar_names:
                if name in bound:
                    initvars.append(bound[name])
                else:
                    initvars.append(_initvar_default(all_fields, name))
            self.__post_init__(*initvars)

    __init__.__qualname__ = qualname
    return __init__


def _initvar_default(all_fields, name):
    for f in all_fields:
        if f.name == name:
            return f.default
    return MISSING


_repr_running = set()


def _make_repr(repr_fields):
    names = [f.name for f in repr_fields]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [name + '=' + repr(getattr(self, name)) for name in names]
        finally:
            _repr_running.discard(key)
        return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'
    return __repr__


def _fields_tuple(obj, names):
    return tuple([getattr(obj, name) for name in names])


def _make_eq(cmp_fields):
    names = [f.name for f in cmp_fields]

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _fields_tuple(self, names) == _fields_tuple(other, names)
        return NotImplemented
    return __eq__


def _make_order(op, cmp_fields):
    names = [f.name for f in cmp_fields]

    if op == '<':
        def __lt__(self, other):
            if other.__class__ is self.__class__:
                return _fields_tuple(self, names) < _fields_tuple(other, names)
            return NotImplemented
        return __lt__
    if op == '<=':
        def __le__(self, other):
            if other.__class__ is self.__class__:
                return _fields_tuple(self, names) <= _fields_tuple(other, names)
            return NotImplemented
        return __le__
    if op == '>':
        def __gt__(self, other):
            if other.__class__ is self.__class__:
                return _fields_tuple(self, names) > _fields_tuple(other, names)
            return NotImplemented
        return __gt__

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _fields_tuple(self, names) >= _fields_tuple(other, names)
        return NotImplemented
    return __ge__


def _make_hash(hash_fields):
    names = [f.name for f in hash_fields]

    def __hash__(self):
        return hash(_fields_tuple(self, names))
    return __hash__


def _make_frozen_methods(cls, field_list):
    names = tuple([f.name for f in field_list])

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        object.__delattr__(self, name)

    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    """Set cls.name = value unless the class body defined name; returns True
    if it was already defined."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


# ---------------------------------------------------------------------------
# Class processing

def _is_classvar(a_type):
    try:
        import typing
    except ImportError:
        typing = None
    if typing is not None:
        cv = getattr(typing, 'ClassVar', None)
        if cv is not None and (a_type is cv or getattr(a_type, '__origin__', None) is cv):
            return True
    if isinstance(a_type, str):
        return (a_type.startswith('ClassVar') or a_type.startswith('typing.ClassVar'))
    return False


def _is_initvar(a_type):
    if a_type is InitVar or isinstance(a_type, InitVar):
        return True
    if isinstance(a_type, str):
        return a_type.startswith('InitVar') or a_type.startswith('dataclasses.InitVar')
    return False


def _is_kw_only(a_type):
    if a_type is KW_ONLY:
        return True
    return isinstance(a_type, str) and a_type in ('KW_ONLY', 'dataclasses.KW_ONLY')


def _is_unhashable_default(value):
    if isinstance(value, (list, dict, set)):
        return True
    try:
        return getattr(type(value), '__hash__', 0) is None
    except Exception:
        return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and _is_unhashable_default(f.default):
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} '
                         f'is not allowed: use default_factory')
    return f


def _format_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    return repr(annotation)


def _signature_doc(cls, std_fields, kw_fields):
    def param(f):
        text = f.name + ': ' + _format_annotation(f.type)
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = ' + repr(f.default)
        return text
    params = [param(f) for f in std_fields]
    if kw_fields:
        params.append('*')
        params.extend([param(f) for f in kw_fields])
    return cls.__name__ + '(' + ', '.join(params) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})

    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    if init:
        seen_default = False
        for f in std_init_fields:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, all_init_fields, std_init_fields,
                                      kw_only_init_fields, frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr([f for f in field_list if f.repr]))

    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq([f for f in field_list if f.compare]))

    if order:
        cmp_fields = [f for f in field_list if f.compare]
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _make_order(op, cmp_fields)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')

    if frozen:
        setter, deleter = _make_frozen_methods(cls, field_list)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    # __hash__, following CPython's table of (unsafe_hash, eq, frozen,
    # has_explicit_hash) cases.
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        action = 'add'
    elif eq and frozen:
        action = None if has_explicit_hash else 'add'
    elif eq:
        action = None if has_explicit_hash else 'none'
    else:
        action = None
    if action == 'add':
        cls.__hash__ = _make_hash([f for f in field_list
                                   if (f.compare if f.hash is None else f.hash)])
    elif action == 'none':
        cls.__hash__ = None

    if not cls.__dict__.get('__doc__'):
        try:
            cls.__doc__ = _signature_doc(cls, std_init_fields, kw_only_init_fields)
        except (TypeError, ValueError, AttributeError):
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple([f.name for f in std_init_fields]))

    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


# ---------------------------------------------------------------------------
# Module-level helpers

def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in fields.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_namedtuple(obj):
    return hasattr(type(obj), '_fields') and hasattr(obj, '_make')


def _convert_inner(obj, factory):
    if _is_dataclass_instance(obj):
        return _convert_dataclass(obj, factory)
    if _is_namedtuple(obj):
        return type(obj)(*[_convert_inner(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_convert_inner(v, factory) for v in obj])
    if isinstance(obj, dict):
        if hasattr(obj, 'default_factory'):
            result = type(obj)(obj.default_factory)
            for k, v in obj.items():
                result[_convert_inner(k, factory)] = _convert_inner(v, factory)
            return result
        return type(obj)([(_convert_inner(k, factory), _convert_inner(v, factory))
                          for k, v in obj.items()])
    return _copy_module.deepcopy(obj)


def _convert_dataclass(obj, factory):
    return factory([(f.name, _convert_inner(getattr(obj, f.name), factory))
                    for f in fields(obj)])


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dict (recursively)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert_dataclass(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple (recursively)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, factory):
    if _is_dataclass_instance(obj):
        return factory([_astuple_inner(getattr(obj, f.name), factory) for f in fields(obj)])
    if _is_namedtuple(obj):
        return type(obj)(*[_astuple_inner(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, factory) for v in obj])
    if isinstance(obj, dict):
        if hasattr(obj, 'default_factory'):
            result = type(obj)(obj.default_factory)
            for k, v in obj.items():
                result[_astuple_inner(k, factory)] = _astuple_inner(v, factory)
            return result
        return type(obj)([(_astuple_inner(k, factory), _astuple_inner(v, factory))
                          for k, v in obj.items()])
    return _copy_module.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 f'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
