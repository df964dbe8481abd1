"""multiprocessing for corelab: processes with their own memory, started
by fork (the default on Linux for 3.11: a copy of this process) or spawn (a
fresh interpreter that re-runs the main module as __mp_main__ and receives
the process object pickled), queues and pipes that carry pickled values,
and process-shared locks and semaphores.

Built on the native _mp module; the machine owns processes and channels.
Not provided yet (they stop with "unsupported"): Pool, Manager, Value,
Array, Event, Condition, Barrier.
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


def _unsupported(name):
    def missing(*args, **kwargs):
        _mp.unsupported(f"multiprocessing.{name}")
    missing.__name__ = name
    return missing


RLock = _unsupported('RLock')
Event = _unsupported('Event')
Condition = _unsupported('Condition')
Barrier = _unsupported('Barrier')
Value = _unsupported('Value')
Array = _unsupported('Array')
Manager = _unsupported('Manager')
Pool = _unsupported('Pool')
