"""multiprocessing.pool for corelab: Pool and AsyncResult. Tasks go to
worker processes (named ForkPoolWorker-N, SpawnPoolWorker-N...) through a
multiprocessing Queue; a collector thread in the parent hands results to
their AsyncResult.

As in CPython: an exception raised by a task comes back with the worker's
traceback chained as its cause (a RemoteTraceback); with maxtasksperchild
a worker exits after that many tasks (a task is one chunk) and the pool
starts a new worker process in its place (CPython's worker-handler thread;
here the collector thread, when the worker says it is leaving).
"""

import os
import _mp
from multiprocessing import Process, TimeoutError, get_start_method
from multiprocessing.queues import Queue


class RemoteTraceback(Exception):
    """The cause of an exception re-raised from a worker: its traceback."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _pool_worker(calls, results, initializer, initargs, maxtasks):
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
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
            tb = '\n"""\n%s"""' % _mp.format_exception(e)
            out = (False, (e, tb))
        results.put((job, index, out))
        completed += 1
    # Leaving after maxtasks tasks: the pool starts a replacement.
    results.put((None, os.getpid(), None))


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
        if not ok:
            exc, tb = value
            exc.__cause__ = RemoteTraceback(tb)
            value = exc
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
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._ctx = context
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._calls = Queue()
        self._results = Queue()
        self._jobs = {}
        self._next_job = 0
        self._state = 'RUN'
        self._pool = []
        for _ in range(processes):
            self._start_worker()
        self._collector = threading.Thread(target=self._collect, daemon=True)
        self._collector.start()

    def _start_worker(self):
        method = self._ctx.get_start_method() if self._ctx else get_start_method()
        make = self._ctx.Process if self._ctx else Process
        p = make(target=_pool_worker,
                 args=(self._calls, self._results, self._initializer,
                       self._initargs, self._maxtasksperchild),
                 daemon=True)
        kind = {'fork': 'Fork', 'spawn': 'Spawn', 'forkserver': 'ForkServer'}[method]
        p.name = kind + 'PoolWorker-' + ':'.join(str(i) for i in p._identity)
        p.start()
        self._pool.append(p)

    def _worker_left(self, pid):
        """A worker exited after maxtasksperchild tasks: replace it while
        the pool runs or still has work (CPython's _maintain_pool)."""
        for p in self._pool:
            if p.pid == pid:
                p.join()
        if self._state == 'RUN' or (self._jobs and self._state != 'TERMINATE'):
            self._start_worker()
            if self._state == 'CLOSE':
                # Sentinels come after every task: one more is harmless.
                self._calls.put(None)

    def _collect(self):
        while True:
            msg = self._results.get()
            if msg is None:
                return
            job, index, out = msg
            if job is None:
                self._worker_left(index)
                continue
            ok, value = out
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
        if self._state == 'CLOSE':
            for result in list(self._jobs.values()):
                result.wait()
        joined = []
        while len(joined) < len(self._pool):
            p = self._pool[len(joined)]
            p.join()
            joined.append(p)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *args):
        self.terminate()
