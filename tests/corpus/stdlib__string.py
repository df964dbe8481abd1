
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('->', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
def consts(S):
    for n in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'whitespace', 'printable']:
        print(n, repr(getattr(S, n)))
    print(S.capwords('  hello   wORLD  foo '), S.capwords('a-b-c', '-'), repr(S.capwords('')), S.capwords('x,,y', ','), S.capwords('ab  cd', ' '))
import string as _M_string
print("=== consts"); consts(_M_string)
