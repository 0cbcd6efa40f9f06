"""A total deadline for one back-office call, however slowly the answer trickles in.

requests' timeouts bound each wait for the socket, not the call: a back office that
sends one byte every few seconds keeps a call going for ever, headers or body. Here
every connection a call uses is watched, and when the call's deadline passes its
sockets are shut down, which ends whatever read is blocked on them at once.

The console's broker can end a call before its deadline the same way: it runs the
call inside :func:`switched` and pulls the :class:`CallSwitch` from another thread
when the visitor changes or the console quits.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_current = threading.local()


class CallDeadline:
    """The deadline of the call running on this thread, and the sockets it reads from."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends_at = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._ended = threading.Event()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._switch: CallSwitch | None = None

    def remaining(self) -> float:
        return max(0.0, self.ends_at - time.monotonic())

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            if self.expired:
                _shut(sock)
            elif sock not in self._sockets:
                self._sockets.append(sock)

    def pause(self, seconds: float) -> bool:
        """Wait ``seconds`` (between attempts); True when the call ended meanwhile."""
        return self._ended.wait(seconds)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets, self._sockets = self._sockets, []
        self._ended.set()
        for sock in sockets:
            _shut(sock)

    def __enter__(self) -> CallDeadline:
        _current.deadline = self
        self._timer.start()
        self._switch = getattr(_current, "switch", None)
        if self._switch is not None:
            self._switch.join(self)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()
        _current.deadline = None
        if self._switch is not None:
            self._switch.leave(self)
        with self._lock:
            self._sockets.clear()


class CallSwitch:
    """Ends the calls made under it at once, from any thread: their deadlines pass now.

    The broker holds one per running call (:func:`switched`); pulling it shuts the
    call's sockets, so a blocked read returns, and the client gives up without
    another attempt. A call that starts under a pulled switch ends before it sends.
    """

    def __init__(self) -> None:
        self.pulled = False
        self._deadlines: list[CallDeadline] = []
        self._lock = threading.Lock()

    def pull(self) -> None:
        with self._lock:
            self.pulled = True
            deadlines, self._deadlines = self._deadlines, []
        for deadline in deadlines:
            deadline._expire()

    def join(self, deadline: CallDeadline) -> None:
        with self._lock:
            if not self.pulled:
                self._deadlines.append(deadline)
                return
        deadline._expire()

    def leave(self, deadline: CallDeadline) -> None:
        with self._lock, contextlib.suppress(ValueError):
            self._deadlines.remove(deadline)


@contextlib.contextmanager
def switched(switch: CallSwitch) -> Iterator[CallSwitch]:
    """Calls made on this thread inside the block end when ``switch`` is pulled."""
    _current.switch = switch
    try:
        yield switch
    finally:
        _current.switch = None


def _shut(sock: socket.socket) -> None:
    # The plain socket's shutdown, also under TLS: the TLS layer is left alone (another
    # thread is reading through it) and simply sees the connection end.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _watch_current(sock: socket.socket | None) -> None:
    deadline: CallDeadline | None = getattr(_current, "deadline", None)
    if deadline is not None:
        deadline.watch(sock)


class _WatchedHTTPConnection(HTTPConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        if self.sock is None:
            self.connect()
        _watch_current(self.sock)
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        if self.sock is None:
            self.connect()
        _watch_current(self.sock)
        super().request(*args, **kwargs)


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class WatchedAdapter(HTTPAdapter):
    """requests' adapter whose connections report to the running call's deadline.

    Connections through an HTTP proxy (``HTTPS_PROXY``) are made by urllib3's proxy
    manager and are not watched: there the read timeout bounds each wait, and the
    deadline is checked between attempts.
    """

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _WatchedHTTPPool,
            "https": _WatchedHTTPSPool,
        }


@contextlib.contextmanager
def call_deadline(seconds: float) -> Iterator[CallDeadline]:
    with CallDeadline(seconds) as deadline:
        yield deadline
