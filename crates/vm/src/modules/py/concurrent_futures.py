"""concurrent.futures for corelab: Future, ThreadPoolExecutor (lazily
started worker threads, min(32, cpu_count + 4) by default, as CPython
3.11), ProcessPoolExecutor (worker processes fed through multiprocessing
queues), as_completed, wait.

Decision: a ProcessPoolExecutor starts all its workers at the first submit
(as CPython does with the fork start method) and collects results with a
thread in the parent. As in CPython, an exception raised in a worker is
re-raised by result() with the worker's formatted traceback chained as its
cause (a concurrent.futures.process._RemoteTraceback), and with
max_tasks_per_child a worker exits after that many calls and is replaced.
"""

import os
import threading
import time
import queue as _queue
import _mp

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING, _RUNNING, _CANCELLED, _CANCELLED_NOTIFIED, _FINISHED = (
    'PENDING', 'RUNNING', 'CANCELLED', 'CANCELLED_AND_NOTIFIED', 'FINISHED')


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), self._state.lower(),
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), self._state.lower(),
                    self._result.__class__.__name__)
            state = 'cancelled' if self._state == _CANCELLED_NOTIFIED else self._state.lower()
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), state)

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                print('exception calling callback for %r' % (self,), file=__import__('sys').stderr)

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED):
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (_CANCELLED, _CANCELLED_NOTIFIED)

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED)

    def __get_result(self):
        if self._state in (_CANCELLED, _CANCELLED_NOTIFIED):
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED):
                self._done_callbacks.append(fn)
                return
        fn(self)

    def result(self, timeout=None):
        with self._condition:
            if self._state == _FINISHED or self.cancelled():
                return self.__get_result()
            self._condition.wait(timeout)
            if self._state == _FINISHED or self.cancelled():
                return self.__get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self.cancelled():
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self.cancelled():
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = _FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = _FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


class _Waiter:
    """Collects futures as they finish for wait() and as_completed()."""

    def __init__(self, mode, pending):
        self.event = threading.Event()
        self.finished = []
        self.mode = mode
        self.pending = pending
        self.lock = threading.Lock()

    def _add(self, future):
        with self.lock:
            self.finished.append(future)
            self.pending -= 1
            if (self.mode == 'as_completed' or self.mode == FIRST_COMPLETED
                    or self.pending <= 0):
                self.event.set()

    def add_result(self, future):
        self._add(future)

    def add_cancelled(self, future):
        self._add(future)

    def add_exception(self, future):
        if self.mode == FIRST_EXCEPTION:
            with self.lock:
                self.finished.append(future)
                self.event.set()
            return
        self._add(future)


def _install_waiter(fs, mode):
    waiter = _Waiter(mode, len(fs))
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def as_completed(fs, timeout=None):
    """Yields the futures of fs as they finish."""
    deadline = None if timeout is None else timeout + time.monotonic()
    fs = list(dict.fromkeys(fs))
    done = [f for f in fs if f.done()]
    pending = [f for f in fs if not f.done()]
    total = len(fs)
    for f in done:
        yield f
    if not pending:
        return
    waiter = _install_waiter(pending, 'as_completed')
    try:
        while pending:
            if deadline is None:
                wait_timeout = None
            else:
                wait_timeout = deadline - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished
                waiter.finished = []
                waiter.event.clear()
            for f in finished:
                if f in pending:
                    pending.remove(f)
                    yield f
            if not finished and deadline is not None and deadline - time.monotonic() < 0:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
    finally:
        for f in fs:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = set(f for f in fs if f.done())
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return (done, not_done)
    if return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f._exception is not None for f in done):
        return (done, not_done)
    if len(done) == len(fs):
        return (done, not_done)
    waiter = _install_waiter(not_done, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        if waiter in f._waiters:
            f._waiters.remove(waiter)
    done.update(waiter.finished)
    return (done, fs - done)


class Executor:
    """Base of the executors: map() and the context manager."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        deadline = None if timeout is None else timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    if deadline is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(deadline - time.monotonic())
            finally:
                for f in fs:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _thread_worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            return
    while True:
        item = work_queue.get(block=True)
        if item is not None:
            item.run()
            del item
            executor._idle_semaphore.release()
            continue
        # The shutdown sentinel: pass it on to the next worker.
        work_queue.put(None)
        return


_thread_pool_counter = 0
_live_executors = []


class ThreadPoolExecutor(Executor):
    """Runs calls in a pool of threads started as work arrives."""

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        global _thread_pool_counter
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        _thread_pool_counter += 1
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % (_thread_pool_counter - 1)))
        self._initializer = initializer
        self._initargs = initargs
        _live_executors.append(self)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        n = len(self._threads)
        if n < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, n),
                                 target=_thread_worker,
                                 args=(self, self._work_queue, self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()


class _RemoteTraceback(Exception):
    """The cause of an exception re-raised from a worker: its traceback."""

    __module__ = 'concurrent.futures.process'

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _process_worker(call_queue, result_queue, max_tasks, initializer, initargs):
    """A worker process: runs (id, fn, args, kwargs) calls until None (or
    until it has run max_tasks calls)."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _mp.unsupported("an exception in a ProcessPoolExecutor initializer "
                            "(CPython's BrokenProcessPool)")
    done = 0
    while max_tasks is None or done < max_tasks:
        call = call_queue.get()
        if call is None:
            return
        work_id, fn, args, kwargs = call
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            tb = '\n"""\n%s"""' % _mp.format_exception(e)
            result_queue.put((work_id, False, (e, tb)))
        else:
            result_queue.put((work_id, True, r))
        done += 1
    result_queue.put((None, False, os.getpid()))


class ProcessPoolExecutor(Executor):
    """Runs calls in worker processes; arguments and results are pickled."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        import multiprocessing
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
            if mp_context is None:
                mp_context = multiprocessing.get_context("spawn")
            if mp_context.get_start_method(allow_none=False) == "fork":
                raise ValueError("max_tasks_per_child is incompatible with"
                                 " the 'fork' multiprocessing start method;"
                                 " supply a different mp_context.")
        self._mp = mp_context or multiprocessing
        self._max_workers = max_workers
        self._max_tasks_per_child = max_tasks_per_child
        self._initializer = initializer
        self._initargs = initargs
        self._call_queue = multiprocessing.Queue()
        self._result_queue = multiprocessing.Queue()
        self._futures = {}
        self._next_id = 0
        self._processes = []
        self._collector = None
        self._shutdown = False
        self._lock = threading.Lock()
        _live_executors.append(self)

    def _start(self):
        for _ in range(self._max_workers):
            self._start_worker()
        self._collector = threading.Thread(target=self._collect, daemon=True)
        self._collector.start()

    def _start_worker(self):
        p = self._mp.Process(target=_process_worker,
                             args=(self._call_queue, self._result_queue,
                                   self._max_tasks_per_child,
                                   self._initializer, self._initargs))
        p.start()
        self._processes.append(p)

    def _collect(self):
        while True:
            msg = self._result_queue.get()
            if msg is None:
                return
            work_id, ok, value = msg
            if work_id is None:
                # A worker left after max_tasks_per_child calls.
                self._replace_worker(value)
                continue
            with self._lock:
                f = self._futures.pop(work_id)
            if ok:
                f.set_result(value)
            else:
                exc, tb = value
                exc.__cause__ = _RemoteTraceback(tb)
                f.set_exception(exc)

    def _replace_worker(self, pid):
        for p in self._processes:
            if p.pid == pid:
                p.join()
        with self._lock:
            needed = not self._shutdown or self._futures
        if needed:
            self._start_worker()
            if self._shutdown:
                # Shutdown sentinels come after every call: one more.
                self._call_queue.put(None)

    def _join_workers(self):
        joined = 0
        while joined < len(self._processes):
            self._processes[joined].join()
            joined += 1

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if not self._processes:
                self._start()
            f = Future()
            f.set_running_or_notify_cancel()
            work_id = self._next_id
            self._next_id += 1
            self._futures[work_id] = f
        self._call_queue.put((work_id, fn, args, kwargs))
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            if self._shutdown:
                return
            self._shutdown = True
        for _ in self._processes:
            self._call_queue.put(None)
        if wait:
            self._join_workers()
            if self._collector is not None:
                while self._futures:
                    time.sleep(0.0001)
                self._join_workers()
                self._result_queue.put(None)
                self._collector.join()


def _shutdown_all():
    """At interpreter exit, like CPython: let pools finish queued work."""
    for ex in list(_live_executors):
        ex.shutdown(wait=True)


threading._register_atexit(_shutdown_all)
