"""multiprocessing.queues for corelab: Queue, SimpleQueue and JoinableQueue,
process-shared FIFOs over machine channels (values travel pickled).

A bounded Queue counts free places with a process-shared BoundedSemaphore,
as CPython's does: put() takes a place (waiting, or raising queue.Full
after its timeout or when block=False), get() gives one back, so a putter
blocked on a full queue wakes when any process takes an item.
"""

import _mp
from queue import Empty, Full
from multiprocessing.synchronize import BoundedSemaphore

_SEM_VALUE_MAX = 2147483647


class Queue:
    """A process-shared FIFO queue (values travel pickled)."""

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = _SEM_VALUE_MAX
        self._maxsize = maxsize
        self._chan = _mp.channel()
        self._sem = BoundedSemaphore(maxsize)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not self._sem.acquire(block, timeout):
            raise Full
        try:
            _mp.send(self._chan, obj)
        except BaseException:
            self._sem.release()
            raise

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not block:
            timeout = 0
        ok, obj = _mp.recv(self._chan, timeout)
        if not ok:
            raise Empty
        self._sem.release()
        return obj

    def qsize(self):
        return self._maxsize - self._sem.get_value()

    def empty(self):
        return _mp.qsize(self._chan) == 0

    def full(self):
        return self._sem.get_value() == 0

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

    def put(self, obj):
        Queue.put(self, obj)

    def get(self):
        return Queue.get(self)


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
