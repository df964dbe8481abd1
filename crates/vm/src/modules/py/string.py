"""corelab's implementation of string; behaviour matches CPython 3.11 for the
constants (ascii_letters, ascii_lowercase, ascii_uppercase, digits,
hexdigits, octdigits, punctuation, whitespace, printable), capwords and
Template (a subclass may change `delimiter`, not the regular-expression
attributes `pattern`, `idpattern`, `braceidpattern` and `flags`: corelab has
no `re`). Formatter is not provided."""

from _os import _unsupported

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word and join with sep (a single space
    when sep is None, in which case runs of whitespace collapse)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


# ---------------------------------------------------------------------------
# Template: $-substitution. Each delimiter starts a placeholder: the delimiter
# doubled (an escape), $identifier, ${identifier}, or else an invalid one.

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


def _placeholders(template, delim):
    """(start, end, kind, name) of each placeholder in template; kind is
    'escaped', 'named', 'braced' or 'invalid' (whose end is the position
    after the delimiter, where CPython's error column points)."""
    found = []
    i = template.find(delim)
    n = len(template)
    while i >= 0:
        j = i + len(delim)
        if template.startswith(delim, j):
            found.append((i, j + len(delim), 'escaped', None))
            end = j + len(delim)
        elif j < n and template[j] in _ID_START:
            end = j + 1
            while end < n and template[end] in _ID_CHARS:
                end += 1
            found.append((i, end, 'named', template[j:end]))
        else:
            end = j + 1
            if j < n and template[j] == '{' and end < n and template[end] in _ID_START:
                while end < n and template[end] in _ID_CHARS:
                    end += 1
            if end > j + 1 and end < n and template[end] == '}':
                found.append((i, end + 1, 'braced', template[j + 1:end]))
                end += 1
            else:
                found.append((i, j, 'invalid', None))
                end = j
        i = template.find(delim, end)
    return found


_NO_MAPPING = {}


class Template:
    """A string with $-placeholders filled by substitute()/safe_substitute()."""

    delimiter = '$'

    def __init_subclass__(cls):
        super().__init_subclass__()
        for name in ('pattern', 'idpattern', 'braceidpattern', 'flags'):
            if name in cls.__dict__:
                _unsupported(f'string.Template subclasses that set {name} are')

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _fill(self, mapping, kws, safe):
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        t = self.template
        parts = []
        pos = 0
        for start, end, kind, name in _placeholders(t, self.delimiter):
            parts.append(t[pos:start])
            pos = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                parts.append(t[start:end])
            elif safe:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(t[start:end])
            else:
                parts.append(str(mapping[name]))
        parts.append(t[pos:])
        return ''.join(parts)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._fill(mapping, kws, True)

    def is_valid(self):
        for _, _, kind, _ in _placeholders(self.template, self.delimiter):
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for _, _, kind, name in _placeholders(self.template, self.delimiter):
            if name is not None and name not in ids:
                ids.append(name)
        return ids
