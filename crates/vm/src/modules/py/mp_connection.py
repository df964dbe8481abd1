"""multiprocessing.connection for corelab: the two ends of a Pipe, which
send and receive pickled values.

Each Connection is a pipe handle that the machine counts as open in every
process holding it (the creator, forked children, and spawned children it
was passed to), like a file descriptor: recv() raises EOFError once the
pipe is empty and no process holds the other end open, send() raises
BrokenPipeError when no process holds the reading end. CPython also closes
a Connection when it is garbage collected; corelab only on close() or when
the process ends.
"""

import _mp


class Connection:
    """One end of a Pipe: send()/recv() pickled values."""

    def __init__(self, handle, readable=True, writable=True):
        self._handle = handle
        self._readable = readable
        self._writable = writable

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._handle is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._handle + 3

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        if not _mp.pipe_send(self._handle, obj):
            raise BrokenPipeError(32, 'Broken pipe')

    def recv(self):
        self._check_closed()
        self._check_readable()
        ok, obj = _mp.pipe_recv(self._handle, None, False)
        if ok is None:
            raise EOFError
        return obj

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        data = bytes(buf)
        if offset < 0:
            raise ValueError("offset is negative")
        if len(data) < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = len(data) - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > len(data):
            raise ValueError("buffer length < offset + size")
        self.send(data[offset:offset + size])

    def recv_bytes(self, maxlength=None):
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        return self.recv()

    def poll(self, timeout=0.0):
        """Whether there is something to read (or the other end is closed),
        waiting up to `timeout` seconds (None: for ever)."""
        self._check_closed()
        self._check_readable()
        ok, _ = _mp.pipe_recv(self._handle, timeout, True)
        return bool(ok)

    def close(self):
        if self._handle is not None:
            handle = self._handle
            self._handle = None
            _mp.pipe_close(handle)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Pipe(duplex=True):
    h1, h2 = _mp.pipe(duplex)
    if duplex:
        return Connection(h1), Connection(h2)
    return Connection(h1, True, False), Connection(h2, False, True)
