"""The sandbox server: every plugin's back office on one HTTP port, with its faults.

:class:`SandboxServer` loads each plugin's recorded answers, listens on
127.0.0.1 in a background thread and keeps the faults set per plugin; each
request is answered by :mod:`console.ops.sandbox.handler`.
"""

from __future__ import annotations

import logging
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

from console.ops.sandbox.answers import ANSWERS_FILE, _Recorded, load_answers
from console.ops.sandbox.faults import Fault, check_fault
from console.ops.sandbox.handler import _Handler

# The whole sandbox logs under its package's name, the one docs/sandbox.md gives.
log = logging.getLogger("console.ops.sandbox")

DEFAULT_PORT = 8765


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up (a console closing mid-request) is no error worth a traceback."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError):
            log.debug("Sandbox client %s hung up", client_address)
            return
        super().handle_error(request, client_address)


class SandboxServer:
    """Serves ``/<plugin id>/<path>`` from each ``<plugins_dir>/<id>/sandbox/answers.json``.

    ``/<id>/health`` answers 200 ``{"status": "ok"}`` unless a fault is set.
    ``POST /_faults/<id>`` with ``{"fault": ..., "latency": ...}`` sets a fault
    over HTTP; ``GET /_faults`` shows them all.
    """

    def __init__(
        self, plugins_dir: Path, host: str = "127.0.0.1", port: int = DEFAULT_PORT
    ) -> None:
        self.plugins_dir = Path(plugins_dir)
        self.host = host
        self.port = port
        self.answers: dict[str, dict[str, _Recorded]] = {}
        if self.plugins_dir.is_dir():
            for folder in sorted(self.plugins_dir.iterdir()):
                file = folder / ANSWERS_FILE
                if file.is_file():
                    self.answers[folder.name] = load_answers(file)
        self._faults: dict[str, Fault] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def plugin_ids(self) -> list[str]:
        """The plugins whose back offices this sandbox plays."""
        return sorted(self.answers)

    @property
    def base_url(self) -> str:
        """``http://host:port`` once started (the real port when started on port 0)."""
        if self._httpd is None:
            raise RuntimeError("the sandbox is not running")
        host = self._httpd.server_address[0]
        shown = host.decode() if isinstance(host, bytes) else host
        return f"http://{shown}:{self._httpd.server_port}"

    def start(self) -> str:
        """Listen and serve in a background thread; return the base URL.

        Raises OSError when the address cannot be bound (a port in use).
        """
        if self._httpd is not None:
            return self.base_url
        self._stopping.clear()
        handler = type("_BoundHandler", (_Handler,), {"sandbox": self})
        httpd = _QuietServer((self.host, self.port), handler)
        httpd.daemon_threads = True
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="tiski-sandbox",
            daemon=True,
        )
        self._thread.start()
        log.info("Sandbox back offices at %s: %s", self.base_url, ", ".join(self.plugin_ids))
        return self.base_url

    def stop(self) -> None:
        """Stop serving; requests held by a latency or timeout fault end at once."""
        httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=5)
        self._httpd = self._thread = None
        log.info("Sandbox back offices stopped")

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def set_fault(self, plugin_id: str, fault: str | None, *, latency: float = 0.0) -> None:
        """Make ``plugin_id``'s back office misbehave until set again (None: well).

        ``fault`` is one of :data:`FAULTS` or None; ``latency`` seconds pass
        before every answer (or before the fault).
        """
        if plugin_id not in self.answers:
            raise KeyError(f"the sandbox has no plugin {plugin_id!r}")
        checked = check_fault(fault, latency)
        with self._lock:
            if checked == Fault():
                self._faults.pop(plugin_id, None)
            else:
                self._faults[plugin_id] = checked
        log.info("Sandbox fault for %s: %s, latency %.2f s", plugin_id, fault, latency)

    def clear_faults(self) -> None:
        """Every back office well again."""
        with self._lock:
            self._faults.clear()

    def fault(self, plugin_id: str) -> Fault:
        with self._lock:
            return self._faults.get(plugin_id, Fault())

    def faults(self) -> dict[str, Fault]:
        with self._lock:
            return dict(self._faults)

    def wait(self, seconds: float) -> bool:
        """Sleep ``seconds`` unless the server stops first; True when it stopped."""
        return self._stopping.wait(seconds)
