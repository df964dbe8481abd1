
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('->', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def chain(e):
    out = []
    while e is not None:
        out.append(repr(e)); e = e.__context__
    return ' <- '.join(out)

def cm(L):
    @L.contextmanager
    def tag(name):
        """tag doc"""
        print('<' + name + '>')
        try:
            yield name.upper()
        finally:
            print('</' + name + '>')
    with tag('a') as v:
        print('body', v)
    print(tag.__name__, tag.__doc__)
    try:
        with tag('b'):
            raise ValueError('inner')
    except ValueError as e:
        print('caught', repr(e))
    @L.contextmanager
    def swallow():
        try:
            yield
        except KeyError as e:
            print('swallowed', repr(e))
    with swallow():
        raise KeyError('k')
    print('after swallow')
    try:
        with swallow():
            raise IndexError('i')
    except IndexError as e:
        print('passed', repr(e))
    @L.contextmanager
    def noyield():
        if False:
            yield
    try:
        with noyield():
            pass
    except RuntimeError as e:
        print(repr(e), e.__context__, e.__suppress_context__)
    @L.contextmanager
    def twice():
        yield 1
        yield 2
    try:
        with twice():
            pass
    except RuntimeError as e:
        print(repr(e))
    try:
        with twice():
            raise ValueError('x')
    except Exception as e:
        print(repr(e), repr(e.__context__))
    @L.contextmanager
    def convert():
        try:
            yield
        except ValueError as e:
            raise TypeError('converted') from e
    try:
        with convert():
            raise ValueError('orig')
    except TypeError as e:
        print(repr(e), repr(e.__cause__))
    @L.contextmanager
    def plain():
        yield
    try:
        with plain():
            raise StopIteration('si')
    except StopIteration as e:
        print('StopIteration propagated', repr(e))
    try:
        with plain():
            raise RuntimeError('rt')
    except RuntimeError as e:
        print('RuntimeError propagated', repr(e))
    @L.contextmanager
    def reraise_si():
        try:
            yield
        except StopIteration:
            raise
    try:
        with reraise_si():
            raise StopIteration('si2')
    except StopIteration as e:
        print('si2 propagated', repr(e))
    @L.contextmanager
    def stop_quietly():
        try:
            yield
        except ValueError:
            return
    with stop_quietly():
        raise ValueError()
    print('suppressed by return')
    @tag('deco')
    def decorated(x):
        print('in decorated', x)
        return x * 2
    print(decorated(3), decorated(4), decorated.__name__)
    c = plain(); c.__enter__(); print(c.__exit__(None, None, None))
    c = plain(); c.__enter__(); print(c.__exit__(KeyError, None, None) if False else 'skip')

def misc(L):
    with L.suppress(KeyError, IndexError):
        {}['x']
    print('suppressed')
    with L.suppress():
        pass
    try:
        with L.suppress(KeyError):
            raise ValueError('v')
    except ValueError as e:
        print(repr(e))
    with L.nullcontext(5) as v:
        print(v)
    with L.nullcontext() as v:
        print(v)
    class Thing:
        def close(self):
            print('closed')
    with L.closing(Thing()) as t:
        print(type(t).__name__)
    try:
        with L.closing(Thing()):
            raise KeyError(1)
    except KeyError:
        print('closed and raised')
    class Mine(L.AbstractContextManager):
        def __exit__(self, *a):
            print('exit', a[0])
    with Mine() as m:
        print(type(m).__name__)
    class CD(L.ContextDecorator):
        def __enter__(self): print('enter'); return self
        def __exit__(self, *a): print('exit'); return False
    @CD()
    def f(): print('f body'); return 1
    print(f())
    import io
    buf = io.StringIO()
    with L.redirect_stdout(buf):
        print('captured')
    print(repr(buf.getvalue()))

def stack(L):
    log = []
    class R:
        def __init__(self, n): self.n = n
        def __enter__(self): print('enter', self.n); return self.n
        def __exit__(self, t, v, tb): print('exit', self.n, t.__name__ if t else None); return False
    with L.ExitStack() as st:
        vals = [st.enter_context(R(i)) for i in range(3)]
        st.callback(print, 'callback', 1, sep='|')
        st.push(lambda t, v, tb: print('pushed exit', t))
        print(vals)
    try:
        with L.ExitStack() as st:
            st.enter_context(R('x'))
            st.push(lambda t, v, tb: True)
            raise ValueError('boom')
        print('suppressed by stack')
    except ValueError:
        print('not suppressed')
    try:
        with L.ExitStack() as st:
            st.enter_context(R('y'))
            raise ValueError('boom2')
    except ValueError as e:
        print('propagated', repr(e))
    def raiser(exc):
        def cb():
            raise exc
        return cb
    try:
        with L.ExitStack() as st:
            st.callback(raiser(KeyError('first-registered')))
            st.callback(raiser(IndexError('second')))
            raise ValueError('body')
    except BaseException as e:
        print(chain(e))
    try:
        with L.ExitStack() as st:
            st.callback(raiser(KeyError('a')))
            st.callback(raiser(IndexError('b')))
    except BaseException as e:
        print(chain(e))
    st = L.ExitStack(); st.callback(print, 'closing'); st.close(); st.close()
    with L.ExitStack() as st:
        st.callback(print, 'moved')
        keep = st.pop_all()
    print('after with'); keep.close()
    try:
        L.ExitStack().enter_context(5)
    except TypeError as e:
        print(e)
    class NoCM: pass
    try:
        L.ExitStack().enter_context(NoCM())
    except TypeError as e:
        print(e.args[0].split("'")[2])
    r = L.ExitStack().callback(len); print(r is len)

import contextlib as _M
for t in [cm, misc, stack]:
    print("=== " + t.__name__)
    t(_M)
import contextlib as _M_contextlib
print("=== t"); t(_M_contextlib)
