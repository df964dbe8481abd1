"""multiprocessing.synchronize for corelab: process-shared Lock, RLock,
Semaphore, BoundedSemaphore, Condition, Event and Barrier.

Decision: CPython builds them on POSIX semaphores; corelab builds them on
machine channels (a semaphore is a channel holding its free tokens) and
shared memory blocks, so their behaviour matches and their switch points
inside differ.
"""

import os
import _mp


class BoundedSemaphore:
    """A process-shared semaphore: a channel holding its free tokens."""

    _kind = 'BoundedSemaphore'

    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._chan = _mp.channel()
        self._max = value
        _mp.fill(self._chan, value)

    def acquire(self, block=True, timeout=None):
        if not block:
            timeout = 0
        ok, _ = _mp.recv(self._chan, timeout)
        return ok

    def release(self):
        if self._max is not None and _mp.qsize(self._chan) >= self._max:
            raise ValueError('semaphore or lock released too many times')
        _mp.fill(self._chan, 1)

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
        if k > 0:
            _mp.fill(self._chan, k)

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
