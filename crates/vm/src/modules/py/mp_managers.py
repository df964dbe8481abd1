"""multiprocessing.managers for corelab: SyncManager, a server process
holding objects that other processes use through proxies.
"""

import _mp
from multiprocessing import Process
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Lock, RLock, Event, Condition, Semaphore
from multiprocessing.sharedctypes import Value, Array

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
