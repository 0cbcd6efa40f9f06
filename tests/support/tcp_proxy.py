"""A TCP proxy on 127.0.0.1 that a test can cut, stall and restore: a database going away."""

from __future__ import annotations

import contextlib
import socket
import threading


class TcpProxy:
    """Forwards connections to ``target``.

    ``cut()`` drops every connection and refuses new ones (a stopped server);
    ``stall()`` keeps every connection open but forwards nothing either way (a hung
    server, or a proxy or firewall that stops forwarding): what was sent waits in the
    proxy and goes on after ``restore()``, unless the sender gave up first.
    ``lose_answers_after_commit()`` lets the next ``COMMIT`` through to the server and
    then holds every answer: the database has done the work, the client never hears.
    """

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._open = threading.Event()
        self._open.set()
        self._flowing = threading.Event()
        self._flowing.set()
        self._answering = threading.Event()
        self._answering.set()
        self._commit_armed = False
        self._commit_after = b""
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._stopped = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _address = self._listener.accept()
            except OSError:
                return
            if not self._open.is_set():
                client.close()  # the server is "down": refuse at once
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, upstream]
            for source, sink, answers in ((client, upstream, False), (upstream, client, True)):
                threading.Thread(
                    target=self._pump, args=(source, sink, answers), daemon=True
                ).start()

    def _pump(self, source: socket.socket, sink: socket.socket, answers: bool) -> None:
        try:
            while data := source.recv(65536):
                # A stall holds the data here; it goes on when the stall ends.
                self._flowing.wait()
                if answers:
                    self._answering.wait()
                if self._stopped:
                    break
                sink.sendall(data)
                if not answers and self._commit_armed:
                    self._watch_for_commit(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        """Drop every connection and refuse new ones, like a stopped server."""
        self._open.clear()
        self._flowing.set()
        self._answering.set()
        self._commit_armed = False
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def stall(self) -> None:
        """Stop forwarding in both directions without closing anything."""
        self._flowing.clear()

    def _watch_for_commit(self, data: bytes) -> None:
        if self._commit_after and self._commit_after in data:
            self._commit_after = b""  # the statement of interest went by
        elif not self._commit_after and b"COMMIT" in data:
            self._commit_armed = False
            self._answering.clear()

    def lose_answers_after_commit(self, after: bytes = b"") -> None:
        """Forward the next COMMIT (the first after a statement containing ``after``, if
        given), then hold every answer from the server."""
        self._commit_after = after
        self._commit_armed = True

    @property
    def stalled(self) -> bool:
        return not (self._flowing.is_set() and self._answering.is_set())

    @property
    def answers_held(self) -> bool:
        return not self._answering.is_set()

    def restore(self) -> None:
        """Accept and forward again (after a cut or a stall)."""
        self._open.set()
        self._flowing.set()
        self._answering.set()
        self._commit_armed = False

    def close(self) -> None:
        self._stopped = True
        self.cut()
        self._listener.close()
        self._thread.join(timeout=5)
