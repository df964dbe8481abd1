"""multiprocessing for corelab: processes with their own memory, started
by fork (the default on Linux for 3.11: a copy of this process) or spawn (a
fresh interpreter that re-runs the main module as __mp_main__ and receives
the process object pickled), queues and pipes that carry pickled values,
and process-shared locks and semaphores.

Built on the native _mp module; the machine owns processes and channels.
Process-shared synchronisation (RLock, Condition, Event, Barrier) is
corelab's own Python over machine channels and shared memory.
"""

import os
import _mp
from queue import Empty, Full

__all__ = ['Process', 'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'current_process',
           'parent_process', 'active_children', 'cpu_count',
           'get_start_method', 'set_start_method', 'get_context',
           'ProcessError', 'TimeoutError']

TimeoutError = TimeoutError


class ProcessError(Exception):
    pass


_start_method = None
_children = set()
_counter = 0


def cpu_count():
    return os.cpu_count()


def get_start_method(allow_none=False):
    global _start_method
    if _start_method is None and not allow_none:
        _start_method = 'fork'
    return _start_method


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method not in ('fork', 'spawn', 'forkserver', None):
        raise ValueError('cannot find context for %r' % method)
    _start_method = method


class _Context:
    """What get_context() returns: the module's API with a start method."""

    def __init__(self, method):
        self._method = method

    def get_start_method(self, allow_none=False):
        return self._method

    def Process(self, *args, **kwargs):
        p = Process(*args, **kwargs)
        p._method = self._method
        return p

    def __getattr__(self, name):
        return globals()[name]


def get_context(method=None):
    if method is None:
        method = get_start_method()
    if method not in ('fork', 'spawn', 'forkserver'):
        raise ValueError('cannot find context for %r' % method)
    return _Context(method)


class BaseProcess:
    """A process running `target(*args, **kwargs)` or an overridden run()."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        global _counter
        assert group is None, 'group argument must be None for now'
        _counter += 1
        parent = current_process()
        self._identity = parent._identity + (_counter,)
        self._parent_pid = os.getpid()
        self._parent_name = parent.name
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or 'Process-' + ':'.join(str(i) for i in self._identity)
        self._daemonic = parent.daemon if daemon is None else daemon
        self._pid = None
        self._closed = False
        self._method = None

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._closed:
            raise ValueError("process object is closed")
        assert self._pid is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not current_process()._daemonic, \
            'daemonic processes are not allowed to have children'
        method = self._method or get_start_method()
        self._pid = _mp.start(_child_main, (self,), method != 'fork',
                              self._name, self._daemonic)
        _children.add(self)

    def terminate(self):
        self._check_closed()
        if self._pid is not None:
            _mp.kill(self._pid, 15)

    def kill(self):
        self._check_closed()
        if self._pid is not None:
            _mp.kill(self._pid, 9)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._pid is not None, 'can only join a started process'
        if _mp.join(self._pid, timeout):
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._pid is None:
            return False
        if _mp.status(self._pid) is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        if self._pid is not None and _mp.status(self._pid) is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._pid is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._pid is None:
            return None
        return _mp.status(self._pid)

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._pid

    pid = ident

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._pid is None:
            status = 'initial'
        else:
            exitcode = _mp.status(self._pid)
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._pid is not None:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % exitcode)
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._daemonic = False
        self._pid = None
        self._closed = False
        self._method = None


_current_process = _MainProcess()
_parent_process = None


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def active_children():
    alive = [p for p in list(_children) if p.is_alive()]
    return alive


def _child_main(process):
    """The main function of a child process; returns its exit code."""
    global _current_process, _parent_process, _children
    _parent_process = _ParentProcess(process._parent_name, process._parent_pid)
    _current_process = process
    _children = set()
    try:
        process.run()
        code = 0
    except SystemExit as e:
        if e.code is None:
            code = 0
        elif isinstance(e.code, int):
            code = e.code
        else:
            import sys
            sys.stderr.write(str(e.code) + '\n')
            code = 1
    except BaseException as e:
        _mp.print_exception(e, 'Process %s:' % process.name)
        code = 1
    # Like multiprocessing's exit handler: wait for non-daemonic children.
    for p in list(_children):
        if not p._daemonic:
            p.join()
    return code


class _ParentProcess(BaseProcess):

    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._daemonic = False
        self._closed = False
        self._method = None

    def is_alive(self):
        return _mp.status(self._pid) is None


class Queue:
    """A process-shared FIFO queue (values travel pickled)."""

    def __init__(self, maxsize=0, *, ctx=None):
        self._chan = _mp.channel()
        self._maxsize = maxsize
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if self._maxsize > 0 and _mp.qsize(self._chan) >= self._maxsize:
            if not block:
                raise Full
            _mp.unsupported("a blocking put on a full multiprocessing.Queue")
        _mp.send(self._chan, obj)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not block:
            timeout = 0
        ok, obj = _mp.recv(self._chan, timeout)
        if not ok:
            raise Empty
        return obj

    def qsize(self):
        return _mp.qsize(self._chan)

    def empty(self):
        return _mp.qsize(self._chan) == 0

    def full(self):
        return 0 < self._maxsize <= _mp.qsize(self._chan)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class SimpleQueue(Queue):

    def __init__(self, *, ctx=None):
        Queue.__init__(self)


class JoinableQueue(Queue):
    """A Queue with task_done() and join()."""

    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        self._unfinished = _mp.channel()
        self._all_done = _mp.channel()

    def put(self, obj, block=True, timeout=None):
        Queue.put(self, obj, block, timeout)
        _mp.send(self._unfinished, None)

    def task_done(self):
        ok, _ = _mp.recv(self._unfinished, 0)
        if not ok:
            raise ValueError('task_done() called too many times')
        if _mp.qsize(self._unfinished) == 0:
            _mp.send(self._all_done, None)

    def join(self):
        while _mp.qsize(self._unfinished) > 0:
            _mp.recv(self._all_done, None)


class Connection:
    """One end of a Pipe: send()/recv() pickled values."""

    def __init__(self, recv_chan, send_chan, readable=True, writable=True):
        self._recv_chan = recv_chan
        self._send_chan = send_chan
        self._readable = readable
        self._writable = writable
        self._closed = False

    def _check(self):
        if self._closed:
            raise OSError("handle is closed")

    def send(self, obj):
        self._check()
        if not self._writable:
            raise OSError("connection is read-only")
        _mp.send(self._send_chan, obj)

    def recv(self):
        self._check()
        if not self._readable:
            raise OSError("connection is write-only")
        ok, obj = _mp.recv(self._recv_chan, None)
        return obj

    def send_bytes(self, buf):
        self.send(bytes(buf))

    def recv_bytes(self):
        return self.recv()

    def poll(self, timeout=0.0):
        self._check()
        if _mp.qsize(self._recv_chan) > 0:
            return True
        if timeout is not None and timeout <= 0:
            return False
        _mp.unsupported("Connection.poll with a timeout")

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    a, b = _mp.channel(), _mp.channel()
    if duplex:
        return Connection(a, b), Connection(b, a)
    return Connection(a, None, True, False), Connection(None, a, False, True)


class BoundedSemaphore:
    """A process-shared semaphore: a channel holding its free tokens."""

    _kind = 'BoundedSemaphore'

    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._chan = _mp.channel()
        self._max = value
        for _ in range(value):
            _mp.send(self._chan, None)

    def acquire(self, block=True, timeout=None):
        if not block:
            timeout = 0
        ok, _ = _mp.recv(self._chan, timeout)
        return ok

    def release(self):
        if self._max is not None and _mp.qsize(self._chan) >= self._max:
            raise ValueError('semaphore or lock released too many times')
        _mp.send(self._chan, None)

    def get_value(self):
        return _mp.qsize(self._chan)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class Semaphore(BoundedSemaphore):
    _kind = 'Semaphore'

    def __init__(self, value=1, *, ctx=None):
        BoundedSemaphore.__init__(self, value)
        self._max = None


class Lock(BoundedSemaphore):
    _kind = 'Lock'

    def __init__(self, *, ctx=None):
        BoundedSemaphore.__init__(self, 1)


# ---- process-shared RLock, Event, Condition ---------------------------------

def _me():
    import threading
    return (os.getpid(), threading.get_ident())


class RLock:
    """A process-shared reentrant lock: a token plus a shared owner/count."""

    def __init__(self, *, ctx=None):
        self._sem = Lock()
        self._state = _mp.shared_new([None, 0])

    def acquire(self, block=True, timeout=None):
        me = _me()
        if _mp.shared_get(self._state, 0) == me:
            _mp.shared_set(self._state, 1, _mp.shared_get(self._state, 1) + 1)
            return True
        if not self._sem.acquire(block, timeout):
            return False
        _mp.shared_set(self._state, 0, me)
        _mp.shared_set(self._state, 1, 1)
        return True

    def release(self):
        if _mp.shared_get(self._state, 0) != _me():
            raise AssertionError("attempt to release recursive lock not owned by thread")
        count = _mp.shared_get(self._state, 1) - 1
        _mp.shared_set(self._state, 1, count)
        if count == 0:
            _mp.shared_set(self._state, 0, None)
            self._sem.release()

    def _release_all(self):
        count = _mp.shared_get(self._state, 1)
        _mp.shared_set(self._state, 1, 0)
        _mp.shared_set(self._state, 0, None)
        self._sem.release()
        return count

    def _restore(self, count):
        self._sem.acquire()
        _mp.shared_set(self._state, 0, _me())
        _mp.shared_set(self._state, 1, count)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class Condition:
    """A process-shared condition variable over an RLock (or a Lock)."""

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock if lock is not None else RLock()
        self._chan = _mp.channel()
        self._waiters = _mp.shared_new([0])

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        _mp.shared_set(self._waiters, 0, _mp.shared_get(self._waiters, 0) + 1)
        if isinstance(self._lock, RLock):
            state = self._lock._release_all()
        else:
            self._lock.release()
        ok, _ = _mp.recv(self._chan, timeout)
        if isinstance(self._lock, RLock):
            self._lock._restore(state)
        else:
            self._lock.acquire()
        if not ok:
            n = _mp.shared_get(self._waiters, 0)
            if n > 0:
                _mp.shared_set(self._waiters, 0, n - 1)
            else:
                # A notify raced in after the timeout: take its token.
                ok, _ = _mp.recv(self._chan, 0)
        return ok

    def wait_for(self, predicate, timeout=None):
        import time
        result = predicate()
        deadline = None if timeout is None else time.monotonic() + timeout
        while not result:
            wait = None
            if deadline is not None:
                wait = deadline - time.monotonic()
                if wait <= 0:
                    break
            self.wait(wait)
            result = predicate()
        return result

    def notify(self, n=1):
        waiting = _mp.shared_get(self._waiters, 0)
        k = min(n, waiting)
        _mp.shared_set(self._waiters, 0, waiting - k)
        for _ in range(k):
            _mp.send(self._chan, None)

    def notify_all(self):
        self.notify(_mp.shared_get(self._waiters, 0))


class Event:
    """A process-shared flag that processes can wait for."""

    def __init__(self, *, ctx=None):
        self._cond = Condition(Lock())
        self._flag = _mp.shared_new([False])

    def is_set(self):
        return _mp.shared_get(self._flag, 0)

    def set(self):
        with self._cond:
            _mp.shared_set(self._flag, 0, True)
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            _mp.shared_set(self._flag, 0, False)

    def wait(self, timeout=None):
        with self._cond:
            if _mp.shared_get(self._flag, 0):
                return True
            self._cond.wait(timeout)
            return _mp.shared_get(self._flag, 0)


class Barrier:
    """A process-shared barrier (shared count and state under a Condition)."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        # [state, count]: state 0 filling, 1 draining, -1 resetting, -2 broken.
        self._shared = _mp.shared_new([0, 0])

    def _get(self, i):
        return _mp.shared_get(self._shared, i)

    def _set(self, i, v):
        _mp.shared_set(self._shared, i, v)

    def wait(self, timeout=None):
        import threading
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            while self._get(0) in (1, -1):
                self._cond.wait()
            if self._get(0) < 0:
                raise threading.BrokenBarrierError
            index = self._get(1)
            self._set(1, index + 1)
            try:
                if index + 1 == self._parties:
                    if self._action:
                        self._action()
                    self._set(0, 1)
                    self._cond.notify_all()
                else:
                    if not self._cond.wait_for(lambda: self._get(0) != 0, timeout):
                        self._set(0, -2)
                        self._cond.notify_all()
                        raise threading.BrokenBarrierError
                    if self._get(0) < 0:
                        raise threading.BrokenBarrierError
                return index
            finally:
                self._set(1, self._get(1) - 1)
                if self._get(1) == 0 and self._get(0) in (1, -1):
                    self._set(0, 0)
                    self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._set(0, -2)
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._get(1) > 0:
                if self._get(0) in (0, -2):
                    self._set(0, -1)
            else:
                self._set(0, 0)
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._get(1) if self._get(0) == 0 else 0

    @property
    def broken(self):
        return self._get(0) == -2


# ---- shared memory: Value and Array ----------------------------------------

_CTYPES = {
    'b': ('c_byte', int, 8, True), 'B': ('c_ubyte', int, 8, False),
    'h': ('c_short', int, 16, True), 'H': ('c_ushort', int, 16, False),
    'i': ('c_int', int, 32, True), 'I': ('c_uint', int, 32, False),
    'l': ('c_long', int, 64, True), 'L': ('c_ulong', int, 64, False),
    'q': ('c_longlong', int, 64, True), 'Q': ('c_ulonglong', int, 64, False),
    'f': ('c_float', float, 0, True), 'd': ('c_double', float, 0, True),
    'c': ('c_char', bytes, 0, False),
}


def _ctype(typecode):
    if typecode not in _CTYPES:
        _mp.unsupported(f"multiprocessing shared ctype {typecode!r}")
    return _CTYPES[typecode]


def _convert(typecode, value):
    """A value as the C type stores it (ints wrap around, as in C)."""
    name, kind, bits, signed = _ctype(typecode)
    if kind is int:
        if not isinstance(value, int):
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
        value &= (1 << bits) - 1
        if signed and value >= 1 << (bits - 1):
            value -= 1 << bits
        return value
    if kind is float:
        if not isinstance(value, (int, float)):
            raise TypeError("must be real number, not %s" % type(value).__name__)
        return float(value)
    if not (isinstance(value, bytes) and len(value) == 1):
        raise TypeError("one character bytes, bytearray or integer expected")
    return value


class _Synchronized:
    """A shared scalar (multiprocessing.Value)."""

    def __init__(self, typecode, value, lock):
        self._typecode = typecode
        self._block = _mp.shared_new([_convert(typecode, value)])
        self._lock = RLock() if lock is True else (None if lock is False else lock)

    @property
    def value(self):
        return _mp.shared_get(self._block, 0)

    @value.setter
    def value(self, v):
        _mp.shared_set(self._block, 0, _convert(self._typecode, v))

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        name = _ctype(self._typecode)[0]
        if self._lock is None:
            return '%s(%r)' % (name, self.value)
        return '<Synchronized wrapper for %s(%r)>' % (name, self.value)


class _SynchronizedArray:
    """A shared array (multiprocessing.Array)."""

    def __init__(self, typecode, size_or_init, lock):
        self._typecode = typecode
        if isinstance(size_or_init, int):
            zero = b'\x00' if typecode == 'c' else (0.0 if _ctype(typecode)[1] is float else 0)
            items = [zero] * size_or_init
        elif typecode == 'c' and isinstance(size_or_init, bytes):
            items = [bytes([b]) for b in size_or_init]
        else:
            items = [_convert(typecode, v) for v in size_or_init]
        self._len = len(items)
        self._block = _mp.shared_new(items)
        self._lock = RLock() if lock is True else (None if lock is False else lock)

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if isinstance(i, slice):
            return _mp.shared_get(self._block, None)[i]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("invalid index")
        return _mp.shared_get(self._block, i)

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            idx = range(self._len)[i]
            vals = list(v)
            if len(vals) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for j, x in zip(idx, vals):
                _mp.shared_set(self._block, j, _convert(self._typecode, x))
            return
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("invalid index")
        _mp.shared_set(self._block, i, _convert(self._typecode, v))

    def __iter__(self):
        return iter(_mp.shared_get(self._block, None))

    @property
    def value(self):
        return b''.join(_mp.shared_get(self._block, None)).split(b'\x00')[0]

    @property
    def raw(self):
        return b''.join(_mp.shared_get(self._block, None))

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        name = _ctype(self._typecode)[0]
        inner = '<multiprocessing.sharedctypes.%s_Array_%d object at %#x>' % (
            name, self._len, id(self))
        if self._lock is None:
            return inner
        return '<SynchronizedArray wrapper for %s>' % inner


def Value(typecode_or_type, *args, lock=True, ctx=None):
    value = args[0] if args else 0
    return _Synchronized(typecode_or_type, value, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    return _SynchronizedArray(typecode_or_type, size_or_initializer, lock)


# ---- Pool -------------------------------------------------------------------

def _pool_worker(calls, results, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    while True:
        task = calls.get()
        if task is None:
            return
        job, index, func, chunk, star = task
        try:
            if star:
                out = (True, [func(*args) for args in chunk])
            else:
                out = (True, [func(x) for x in chunk])
        except BaseException as e:
            out = (False, e)
        results.put((job, index, out))


class AsyncResult:
    """The result of apply_async/map_async."""

    def __init__(self, pool, chunks, single, callback, error_callback):
        import threading
        self._pool = pool
        self._event = threading.Event()
        self._chunks = [None] * chunks
        self._left = chunks
        self._single = single
        self._error = None
        self._callback = callback
        self._error_callback = error_callback
        if chunks == 0:
            self._finish()

    def _set(self, index, ok, value):
        if not ok and self._error is None:
            self._error = value
        self._chunks[index] = value if ok else []
        self._left -= 1
        if self._left == 0:
            self._finish()

    def _finish(self):
        if self._error is None and self._callback is not None:
            self._callback(self._value())
        if self._error is not None and self._error_callback is not None:
            self._error_callback(self._error)
        self._event.set()

    def _value(self):
        flat = [x for chunk in self._chunks for x in chunk]
        return flat[0] if self._single else flat

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._error is None

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._error is not None:
            raise self._error
        return self._value()


class Pool:
    """A pool of worker processes; arguments and results are pickled."""

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        import threading
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if maxtasksperchild is not None:
            _mp.unsupported("Pool(maxtasksperchild=...)")
        self._calls = Queue()
        self._results = Queue()
        self._jobs = {}
        self._next_job = 0
        self._state = 'RUN'
        self._pool = []
        for _ in range(processes):
            p = Process(target=_pool_worker,
                        args=(self._calls, self._results, initializer, initargs),
                        daemon=True)
            p.start()
            self._pool.append(p)
        self._collector = threading.Thread(target=self._collect, daemon=True)
        self._collector.start()

    def _collect(self):
        while True:
            msg = self._results.get()
            if msg is None:
                return
            job, index, (ok, value) = msg
            result = self._jobs[job]
            result._set(index, ok, value)
            if result.ready():
                del self._jobs[job]

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def _submit(self, func, chunks, star, single, callback, error_callback):
        self._check_running()
        job = self._next_job
        self._next_job += 1
        result = AsyncResult(self, len(chunks), single, callback, error_callback)
        if chunks:
            self._jobs[job] = result
        for index, chunk in enumerate(chunks):
            self._calls.put((job, index, func, chunk, star))
        return result

    def _chunks(self, iterable, chunksize):
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(items) == 0:
            return []
        chunksize = max(1, chunksize)
        return [items[i:i + chunksize] for i in range(0, len(items), chunksize)]

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        if kwds:
            _mp.unsupported("Pool.apply_async with keyword arguments")
        return self._submit(func, [[tuple(args)]], True, True, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self._submit(func, self._chunks(iterable, chunksize), False, False,
                            None, None).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._submit(func, self._chunks(iterable, chunksize), False, False,
                            callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self._submit(func, self._chunks(iterable, chunksize), True, False,
                            None, None).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._submit(func, self._chunks(iterable, chunksize), True, False,
                            callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        results = [self._submit(func, [[x]], False, True, None, None) for x in iterable]
        return (r.get() for r in results)

    def imap_unordered(self, func, iterable, chunksize=1):
        import time
        results = [self._submit(func, [[x]], False, True, None, None) for x in iterable]

        def in_completion_order():
            left = list(results)
            while left:
                for r in left:
                    if r.ready():
                        left.remove(r)
                        yield r.get()
                        break
                else:
                    time.sleep(0.0005)
        return in_completion_order()

    def close(self):
        if self._state == 'RUN':
            self._state = 'CLOSE'
            for _ in self._pool:
                self._calls.put(None)

    def terminate(self):
        self._state = 'TERMINATE'
        for p in self._pool:
            p.terminate()

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        for p in self._pool:
            p.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *args):
        self.terminate()


# ---- Manager: a server process holding shared dicts and lists --------------

def _manager_server(requests):
    """The manager process: runs proxies' method calls on its objects."""
    objects = {}
    views = {'keys': list, 'values': list, 'items': list}
    while True:
        msg = requests.get()
        if msg is None:
            return
        reply, oid, method, args = msg
        try:
            if oid is None:
                objects[len(objects)] = dict(*args) if method == 'dict' else list(*args)
                result = len(objects) - 1
            else:
                target = objects[oid]
                if method == '__repr__':
                    result = repr(target)
                else:
                    result = getattr(target, method)(*args)
                if method in views:
                    result = views[method](result)
            _mp.send(reply, (True, result))
        except BaseException as e:
            _mp.send(reply, (False, e))


class _BaseProxy:
    """Forwards method calls to the manager process (values are pickled)."""

    _typeid = ''

    def __init__(self, requests, oid):
        self._requests = requests
        self._oid = oid

    def _callmethod(self, method, args=()):
        reply = _mp.channel()
        self._requests.put((reply, self._oid, method, tuple(args)))
        ok, (success, value) = _mp.recv(reply, None)
        if not success:
            raise value
        return value

    def __repr__(self):
        return "<%s object, typeid %r at %#x>" % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        return self._callmethod('__repr__')


def _forward(name):
    def method(self, *args):
        return self._callmethod(name, args)
    method.__name__ = name
    return method


class DictProxy(_BaseProxy):
    _typeid = 'dict'


class ListProxy(_BaseProxy):
    _typeid = 'list'


for _name in ('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__',
              'clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault',
              'update', 'values'):
    setattr(DictProxy, _name, _forward(_name))
for _name in ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
              '__mul__', '__reversed__', '__setitem__', 'append', 'count', 'extend',
              'index', 'insert', 'pop', 'remove', 'reverse', 'sort', '__iadd__'):
    setattr(ListProxy, _name, _forward(_name))


def _list_iter(self):
    return iter(self._callmethod('copy'))


def _dict_iter(self):
    return iter(self._callmethod('keys'))


ListProxy.__iter__ = _list_iter
DictProxy.__iter__ = _dict_iter


class SyncManager:
    """What Manager() returns: starts a server process on start()."""

    def __init__(self):
        self._requests = None
        self._process = None

    def start(self):
        self._requests = Queue()
        self._process = Process(target=_manager_server, args=(self._requests,), daemon=True)
        self._process.start()

    def _create(self, kind, proxy, args):
        reply = _mp.channel()
        self._requests.put((reply, None, kind, tuple(args)))
        ok, (success, oid) = _mp.recv(reply, None)
        if not success:
            raise oid
        return proxy(self._requests, oid)

    def dict(self, *args):
        return self._create('dict', DictProxy, args)

    def list(self, *args):
        return self._create('list', ListProxy, args)

    def Queue(self, maxsize=0):
        return Queue(maxsize)

    def Lock(self):
        return Lock()

    def RLock(self):
        return RLock()

    def Event(self):
        return Event()

    def Condition(self, lock=None):
        return Condition(lock)

    def Semaphore(self, value=1):
        return Semaphore(value)

    def Value(self, typecode, value, lock=True):
        return Value(typecode, value, lock=lock)

    def Array(self, typecode, sequence, lock=True):
        return Array(typecode, sequence, lock=lock)

    def shutdown(self):
        if self._process is not None:
            self._requests.put(None)
            self._process.join()
            self._process = None

    def __enter__(self):
        if self._process is None:
            self.start()
        return self

    def __exit__(self, *args):
        self.shutdown()


def Manager():
    m = SyncManager()
    m.start()
    return m
