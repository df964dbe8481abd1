"""multiprocessing for corelab: processes with their own memory, started
by fork (the default on Linux for 3.11: a copy of this process), spawn (a
fresh interpreter that re-runs the main module as __mp_main__ and receives
the process object pickled) or forkserver (a copy of a server process that
imported the main module once; see crates/machine/src/forkserver.rs).

This module holds processes and start methods; the rest lives in
submodules, as in CPython: multiprocessing.queues, .connection (Pipe),
.synchronize (locks...), .sharedctypes (Value, Array), .pool (Pool) and
.managers (Manager). Built on the native _mp module; the machine owns
processes, channels and pipe handles.
"""

import os
import _mp

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


_KINDS = {'fork': 'Fork', 'spawn': 'Spawn', 'forkserver': 'ForkServer'}


class _Context:
    """What get_context() returns: the module's API with a start method."""

    def __init__(self, method):
        self._method = method

    def get_start_method(self, allow_none=False):
        return self._method

    def Process(self, *args, **kwargs):
        p = Process(*args, **kwargs)
        p._method = self._method
        if len(args) < 3 and kwargs.get('name') is None:
            # ctx.Process is ForkProcess, SpawnProcess... in CPython.
            p._name = _KINDS[self._method] + p._name
        return p

    def Pool(self, processes=None, initializer=None, initargs=(),
             maxtasksperchild=None):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def Manager(self):
        from multiprocessing.managers import SyncManager
        m = SyncManager(ctx=self)
        m.start()
        return m

    def __getattr__(self, name):
        import multiprocessing
        return getattr(multiprocessing, name)


def set_forkserver_preload(module_names):
    _mp.unsupported("multiprocessing.set_forkserver_preload")


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
        handles = [] if method == 'fork' else _pipe_handles(self)
        self._pid = _mp.start(_child_main, (self,), method, self._name,
                              self._daemonic, handles)
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


def _pipe_handles(obj, seen=None):
    """The pipe handles inside a process object: what a spawned child
    receives (CPython duplicates those descriptors into the child)."""
    from multiprocessing.connection import Connection
    if seen is None:
        seen = set()
    if id(obj) in seen:
        return []
    seen.add(id(obj))
    if isinstance(obj, Connection):
        return [] if obj._handle is None else [obj._handle]
    if isinstance(obj, dict):
        items = list(obj.keys()) + list(obj.values())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        items = list(obj)
    elif hasattr(obj, '__dict__') and not isinstance(obj, type):
        items = list(vars(obj).values())
    else:
        return []
    found = []
    for x in items:
        found.extend(_pipe_handles(x, seen))
    return found


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def Manager():
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m


from multiprocessing.synchronize import (Lock, RLock, Semaphore, BoundedSemaphore,
                                         Condition, Event, Barrier)
from multiprocessing.connection import Pipe
from multiprocessing.queues import Queue, SimpleQueue, JoinableQueue
from multiprocessing.sharedctypes import Value, Array
import multiprocessing.pool
import multiprocessing.managers
