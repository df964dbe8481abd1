"""multiprocessing.managers for corelab: SyncManager, a server process
holding objects that other processes use through proxies, as in CPython.

Every proxy method call is a request to the manager process, answered
with the result pickled back (or the exception, raised again in the
caller). As in CPython, each (process, thread) of a client gets its own
connection, served by its own thread in the manager, so a call that blocks
(`Queue.get`, `Lock.acquire`, `Event.wait`) blocks only its caller.

The manager's Queue, Lock, Event... are the threading/queue objects of the
manager process; `Value` and `Namespace` are plain holders there. Not
provided (they stop as unsupported): `register()` of custom types,
`Condition(lock)` with a lock argument, iterator proxies (iterating a
dict or list proxy copies its keys or items once).
"""

import os
import _mp
from multiprocessing import Process
from multiprocessing.queues import Queue


class Namespace:
    """What Manager().Namespace() holds: attributes set by any process."""

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        shown = sorted('%s=%r' % (k, v) for k, v in self.__dict__.items()
                       if not k.startswith('_'))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Value:
    """What Manager().Value() holds (no lock and no C type: any value)."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def _make(typeid, args, kwds):
    """A new object of the manager (runs in the manager process)."""
    import threading
    import queue
    if typeid == 'Condition' and (args or kwds):
        _mp.unsupported("Manager().Condition(lock) with a lock argument")
    kinds = {
        'dict': dict, 'list': list, 'Queue': queue.Queue,
        'JoinableQueue': queue.Queue, 'Lock': threading.Lock,
        'RLock': threading.RLock, 'Semaphore': threading.Semaphore,
        'BoundedSemaphore': threading.BoundedSemaphore,
        'Condition': threading.Condition, 'Event': threading.Event,
        'Barrier': threading.Barrier, 'Value': Value, 'Namespace': Namespace,
        'Array': lambda typecode, sequence, lock=True: list(sequence),
    }
    return kinds[typeid](*args, **kwds)


def _call(objects, oid, method, args, kwds):
    target = objects[oid]
    if method == '__repr__':
        return repr(target)
    if method == '__getattribute__':
        return getattr(target, args[0])
    if method == '__setattr__':
        return setattr(target, args[0], args[1])
    if method == '__delattr__':
        return delattr(target, args[0])
    result = getattr(target, method)(*args, **kwds)
    if method in ('keys', 'values', 'items'):
        result = list(result)
    return result


def _serve_connection(objects, requests, replies):
    """A manager thread answering one client (process, thread)."""
    while True:
        ok, msg = _mp.recv(requests, None)
        oid, method, args, kwds = msg
        try:
            if oid is None:
                objects.append(_make(method, args, kwds))
                result = len(objects) - 1
            else:
                result = _call(objects, oid, method, args, kwds)
            _mp.send(replies, (True, result))
        except BaseException as e:
            _mp.send(replies, (False, e))


def _manager_server(connects):
    """The manager process: a thread per client connection."""
    import threading
    objects = []
    while True:
        msg = connects.get()
        if msg is None:
            return
        requests, replies = msg
        threading.Thread(target=_serve_connection, args=(objects, requests, replies),
                         daemon=True).start()


def _connection(connects, conns):
    """The (requests, replies) channels of this process and thread."""
    import threading
    key = (os.getpid(), threading.get_ident())
    conn = conns.get(key)
    if conn is None:
        conn = (_mp.channel(), _mp.channel())
        connects.put(conn)
        conns[key] = conn
    return conn


def _request(connects, conns, oid, method, args, kwds):
    requests, replies = _connection(connects, conns)
    _mp.send(requests, (oid, method, tuple(args), dict(kwds)))
    ok, (success, value) = _mp.recv(replies, None)
    if not success:
        raise value
    return value


class BaseProxy:
    """Forwards method calls to the manager process (values are pickled)."""

    def __init__(self, typeid, connects, oid):
        self._typeid = typeid
        self._connects = connects
        self._oid = oid
        self._conns = {}

    def _callmethod(self, methodname, args=(), kwds={}):
        return _request(self._connects, self._conns, self._oid, methodname, args, kwds)

    def _getvalue(self):
        return self._callmethod('copy') if self._typeid in ('dict', 'list') else None

    def __repr__(self):
        return "<%s object, typeid %r at %#x>" % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        return self._callmethod('__repr__')


def _forward(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


def _expose(cls, exposed):
    for m in exposed:
        setattr(cls, m, _forward(m))
    return cls


# Class statements (not type()): proxies travel pickled by qualified name.
class DictProxy(BaseProxy):
    pass


class ListProxy(BaseProxy):
    pass


class AcquirerProxy(BaseProxy):
    pass


class ConditionProxy(AcquirerProxy):
    pass


class EventProxy(BaseProxy):
    pass


class BarrierProxy(BaseProxy):
    pass


class ArrayProxy(BaseProxy):
    pass


class _QueueProxy(BaseProxy):
    pass


class _JoinableQueueProxy(BaseProxy):
    pass


_QueueProxy.__name__ = 'AutoProxy[Queue]'
_JoinableQueueProxy.__name__ = 'AutoProxy[JoinableQueue]'
_expose(DictProxy, (
    '__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__',
    'clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault',
    'update', 'values'))
DictProxy.__iter__ = lambda self: iter(self._callmethod('keys'))
_expose(ListProxy, (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
    '__mul__', '__reversed__', '__setitem__', 'append', 'count', 'extend',
    'index', 'insert', 'pop', 'remove', 'reverse', 'sort', '__iadd__'))
ListProxy.__iter__ = lambda self: iter(self._callmethod('copy'))
_expose(AcquirerProxy, ('acquire', 'release'))
AcquirerProxy.__enter__ = lambda self: self._callmethod('acquire')
AcquirerProxy.__exit__ = lambda self, *args: self._callmethod('release')
_expose(ConditionProxy, ('wait', 'notify', 'notify_all'))
_expose(EventProxy, ('is_set', 'set', 'clear', 'wait'))
_expose(BarrierProxy, ('wait', 'abort', 'reset'))
_expose(ArrayProxy, ('__len__', '__getitem__', '__setitem__'))


def _wait_for(self, predicate, timeout=None):
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


ConditionProxy.wait_for = _wait_for
for _name in ('parties', 'n_waiting', 'broken'):
    setattr(BarrierProxy, _name,
            property(lambda self, n=_name: self._callmethod('__getattribute__', (n,))))


class ValueProxy(BaseProxy):

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


class NamespaceProxy(BaseProxy):

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return self._callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return self._callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return self._callmethod('__delattr__', (key,))


_QUEUE_METHODS = ('empty', 'full', 'get', 'get_nowait', 'join', 'put',
                  'put_nowait', 'qsize', 'task_done')
_PROXIES = {
    'dict': DictProxy, 'list': ListProxy,
    'Queue': _expose(_QueueProxy, _QUEUE_METHODS),
    'JoinableQueue': _expose(_JoinableQueueProxy, _QUEUE_METHODS),
    'Lock': AcquirerProxy, 'RLock': AcquirerProxy, 'Semaphore': AcquirerProxy,
    'BoundedSemaphore': AcquirerProxy, 'Condition': ConditionProxy,
    'Event': EventProxy, 'Barrier': BarrierProxy, 'Value': ValueProxy,
    'Array': ArrayProxy, 'Namespace': NamespaceProxy,
}


class SyncManager:
    """What Manager() returns: starts a server process on start()."""

    def __init__(self, address=None, authkey=None, *, ctx=None):
        self._ctx = ctx
        self._connects = None
        self._process = None
        self._conns = {}

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        _mp.unsupported("registering types with a multiprocessing manager")

    def start(self, initializer=None, initargs=()):
        if initializer is not None:
            _mp.unsupported("SyncManager.start(initializer=...)")
        self._connects = Queue()
        make = self._ctx.Process if self._ctx is not None else Process
        self._process = make(target=_manager_server, args=(self._connects,),
                             daemon=True)
        ident = ':'.join(str(i) for i in self._process._identity)
        self._process.name = type(self).__name__ + '-' + ident
        self._process.start()

    def _create(self, typeid, *args, **kwds):
        oid = _request(self._connects, self._conns, None, typeid, args, kwds)
        return _PROXIES[typeid](typeid, self._connects, oid)

    def dict(self, *args, **kwds):
        return self._create('dict', *args, **kwds)

    def list(self, *args):
        return self._create('list', *args)

    def Queue(self, maxsize=0):
        return self._create('Queue', maxsize)

    def JoinableQueue(self, maxsize=0):
        return self._create('JoinableQueue', maxsize)

    def Lock(self):
        return self._create('Lock')

    def RLock(self):
        return self._create('RLock')

    def Semaphore(self, value=1):
        return self._create('Semaphore', value)

    def BoundedSemaphore(self, value=1):
        return self._create('BoundedSemaphore', value)

    def Condition(self, lock=None):
        if lock is not None:
            _mp.unsupported("Manager().Condition(lock) with a lock argument")
        return self._create('Condition')

    def Event(self):
        return self._create('Event')

    def Barrier(self, parties, action=None, timeout=None):
        return self._create('Barrier', parties, action, timeout)

    def Value(self, typecode, value, lock=True):
        return self._create('Value', typecode, value, lock)

    def Array(self, typecode, sequence, lock=True):
        return self._create('Array', typecode, sequence, lock)

    def Namespace(self, **kwds):
        return self._create('Namespace', **kwds)

    def shutdown(self):
        if self._process is not None:
            self._connects.put(None)
            self._process.join()
            self._process = None

    def __enter__(self):
        if self._process is None:
            self.start()
        return self

    def __exit__(self, *args):
        self.shutdown()


BaseManager = SyncManager
