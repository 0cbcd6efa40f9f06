"""Sandbox back offices: each plugin's recorded answers, served over real HTTP.

No agency system is reachable from a demo or a test machine, so every plugin
ships ``sandbox/answers.json`` and :class:`SandboxServer` serves them on
127.0.0.1 under ``/<plugin id>/``. The plugins talk to it exactly as to their
agency: same requests, same JSON, same sockets. Faults (latency, HTTP 500, a
hang, a truncated body, a dropped connection) are switched on per plugin, from
Python, from a script over HTTP, or for one request by a header, so that the
console's handling of a slow or broken back office can be shown and tested.

Standard library only: the server runs inside the console (demo), the tests,
and ``tiski sandbox serve``, and needs neither Qt nor the database.
See docs/sandbox.md for the answers format and the fault API.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import threading
import unicodedata
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from console.core.files import MIB, FileProblem, read_json
from console.identity_mask import mask_identity_codes

log = logging.getLogger(__name__)

ANSWERS_FILE = Path("sandbox") / "answers.json"
# The first-party answers are a few KiB each; a recording is never near this.
ANSWERS_LIMIT = 16 * MIB
DEFAULT_PORT = 8765
FAULTS = ("500", "401", "timeout", "malformed", "refuse", "huge", "trickle")
FAULT_HEADER = "X-Sandbox-Fault"
LATENCY_HEADER = "X-Sandbox-Latency"
TIMEOUT_FAULT_SECONDS = 60.0
HUGE_FAULT_BYTES = 50 * 1024 * 1024
TRICKLE_FAULT_SECONDS = 3.0
MAX_LATENCY_SECONDS = 60.0
_MAX_FAULT_REQUEST_BYTES = 4096

_TEMPLATE_SEGMENT = re.compile(r"^\{[^{}/]+\}$")


class SandboxError(Exception):
    """A plugin's recorded answers cannot be served (names the file and the key)."""


# ---------------------------------------------------------------- recorded answers
@dataclass(frozen=True)
class Answer:
    """What the sandbox sends back: an HTTP status and a JSON body."""

    status: int
    body: Any


@dataclass(frozen=True)
class _Recorded:
    """The answers of one path: each query pattern with its answer."""

    queries: tuple[tuple[frozenset[tuple[str, str]], Answer], ...]

    def answer(self, query: list[tuple[str, str]]) -> Answer | None:
        """The answer whose query pattern matches with the most parameters."""
        asked = {(_normal(name), _normal(value)) for name, value in query}
        best: tuple[int, Answer] | None = None
        for pattern, answer in self.queries:
            if pattern <= asked and (best is None or len(pattern) > best[0]):
                best = (len(pattern), answer)
        return None if best is None else best[1]


def _normal(text: str) -> str:
    # "ä" typed on one keyboard and sent by another client must still match.
    return unicodedata.normalize("NFC", text)


def _query_pattern(key: str) -> frozenset[tuple[str, str]]:
    """``"hetu=131052-308T&lang=fi"`` as a set of pairs; ``"*"`` is the empty set.

    Keys are written as people read them (no percent-encoding, "+" is a plus),
    so they are split literally rather than URL-decoded.
    """
    if key == "*":
        return frozenset()
    pairs = set()
    for part in key.split("&"):
        name, _equals, value = part.partition("=")
        pairs.add((_normal(name), _normal(value)))
    return frozenset(pairs)


def _answer(value: Any) -> Answer:
    if isinstance(value, dict) and "$status" in value:
        status = value["$status"]
        if (
            not isinstance(status, int)
            or not 200 <= status <= 599
            or set(value)
            - {
                "$status",
                "$body",
            }
        ):
            raise ValueError('an answer with "$status" has an HTTP status and "$body" only')
        return Answer(status, value.get("$body"))
    return Answer(HTTPStatus.OK, value)


def load_answers(path: Path) -> dict[str, _Recorded]:
    """Read one plugin's ``answers.json``; raise :class:`SandboxError` naming what is wrong."""
    try:
        data = read_json(path, limit=ANSWERS_LIMIT)
    except FileProblem as trouble:
        raise SandboxError(f"{path}: cannot read the recorded answers ({trouble.reason})") from None
    if not isinstance(data, dict):
        raise SandboxError(f"{path}: the top level must be an object of paths")
    recorded: dict[str, _Recorded] = {}
    for route, queries in data.items():
        if not route.startswith("/"):
            continue  # "_comment" and the like
        if not isinstance(queries, dict) or not queries:
            raise SandboxError(f"{path}: {route}: needs an object of query -> answer")
        entries = []
        for key, value in queries.items():
            try:
                entries.append((_query_pattern(key), _answer(value)))
            except ValueError as error:
                raise SandboxError(f"{path}: {route}: {key}: {error}") from error
        recorded[route.rstrip("/") or "/"] = _Recorded(tuple(entries))
    return recorded


def _route(recorded: dict[str, _Recorded], path: str) -> _Recorded | None:
    """The recorded path for ``path``: an exact one, else one with ``{name}`` segments."""
    exact = recorded.get(path)
    if exact is not None:
        return exact
    segments = path.split("/")
    best: tuple[int, _Recorded] | None = None
    for route, answers in recorded.items():
        pattern = route.split("/")
        if len(pattern) != len(segments):
            continue
        literal = 0
        for expected, actual in zip(pattern, segments, strict=True):
            if _TEMPLATE_SEGMENT.match(expected):
                if not actual:
                    break
            elif expected == actual:
                literal += 1
            else:
                break
        else:
            if best is None or literal > best[0]:
                best = (literal, answers)
    return None if best is None else best[1]


# ---------------------------------------------------------------- faults
@dataclass(frozen=True)
class Fault:
    """How one plugin's back office misbehaves: ``kind`` (or None) after ``latency`` s."""

    kind: str | None = None
    latency: float = 0.0


def check_fault(kind: object, latency: object) -> Fault:
    """A :class:`Fault` from untrusted values; raise ValueError saying what is wrong."""
    if kind is not None and kind not in FAULTS:
        raise ValueError(f"fault must be one of {', '.join(FAULTS)} or null, not {kind!r}")
    if isinstance(latency, bool) or not isinstance(latency, int | float):
        raise ValueError(f"latency must be a number of seconds, not {latency!r}")
    if not 0.0 <= float(latency) <= MAX_LATENCY_SECONDS:
        raise ValueError(f"latency must be 0 to {MAX_LATENCY_SECONDS:g} seconds")
    return Fault(kind if isinstance(kind, str) else None, float(latency))


# ---------------------------------------------------------------- the server
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


# ---------------------------------------------------------------- one request
class _Handler(BaseHTTPRequestHandler):
    sandbox: SandboxServer  # set on the subclass each server makes
    protocol_version = "HTTP/1.1"
    server_version = "TiskiSandbox/1"
    timeout = 10  # an idle keep-alive connection must not hold a thread forever

    # -- plumbing
    def log_message(self, format: str, *args: Any) -> None:
        if not log.isEnabledFor(logging.DEBUG):
            return
        line = unquote(format % args)
        line = "".join(c if c.isprintable() else "?" for c in line)
        log.debug("%s %s", self.address_string(), mask_identity_codes(line))

    def _send_json(self, status: int, body: Any) -> None:
        self._send_text(status, json.dumps(body, ensure_ascii=False))

    def _send_text(self, status: int, text: str) -> None:
        payload = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _send_huge(self) -> None:
        """A 50 MB JSON answer, written as it goes (the sandbox does not hold it)."""
        filler = b"x" * (1024 * 1024)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(HUGE_FAULT_BYTES + 12))
        self.end_headers()
        try:
            self.wfile.write(b'{"rows": "')
            for _ in range(HUGE_FAULT_BYTES // len(filler)):
                self.wfile.write(filler)
            self.wfile.write(b'"}')
        except OSError:
            self.close_connection = True  # the client stopped reading: as it should

    def _send_trickle(self, text: str, status: int) -> None:
        """The answer one byte every few seconds: each read gets data, the whole never comes."""
        payload = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        try:
            for byte in payload:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                if self.sandbox.wait(TRICKLE_FAULT_SECONDS):
                    break
        except OSError:
            pass
        self.close_connection = True

    def _error(self, status: int, code: str, message: str) -> None:
        self._send_json(status, {"error": code, "message": message})

    # -- methods
    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        if path.rstrip("/") in ("", "/"):
            self._send_json(HTTPStatus.OK, {"plugins": self.sandbox.plugin_ids})
            return
        if path.rstrip("/") == "/_faults":
            faults = self.sandbox.faults()
            self._send_json(
                HTTPStatus.OK,
                {key: {"fault": f.kind, "latency": f.latency} for key, f in faults.items()},
            )
            return
        plugin_id, _slash, rest = path.lstrip("/").partition("/")
        recorded = self.sandbox.answers.get(plugin_id)
        if recorded is None:
            self._error(HTTPStatus.NOT_FOUND, "unknown_plugin", f"no back office {plugin_id!r}")
            return
        try:
            fault = self._fault_for(plugin_id)
        except ValueError as error:
            self._error(HTTPStatus.BAD_REQUEST, "bad_fault", str(error))
            return
        if fault.latency and self.sandbox.wait(fault.latency):
            self.close_connection = True
            return
        answer = self._recorded(recorded, "/" + rest, parts.query)
        self._misbehave_or_send(fault.kind, answer)

    def do_POST(self) -> None:
        path = unquote(urlsplit(self.path).path).rstrip("/")
        prefix = "/_faults/"
        if not path.startswith(prefix):
            self._error(
                HTTPStatus.METHOD_NOT_ALLOWED, "method", "the sandbox answers GET requests only"
            )
            return
        plugin_id = path[len(prefix) :]
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= _MAX_FAULT_REQUEST_BYTES:
            self.close_connection = True
            self._error(HTTPStatus.BAD_REQUEST, "bad_fault", "send a small JSON object")
            return
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
            if not isinstance(body, dict):
                raise ValueError('send {"fault": ..., "latency": seconds}')
            fault = check_fault(body.get("fault"), body.get("latency", 0.0))
            self.sandbox.set_fault(plugin_id, fault.kind, latency=fault.latency)
        except KeyError:
            self._error(HTTPStatus.NOT_FOUND, "unknown_plugin", f"no back office {plugin_id!r}")
            return
        except (ValueError, UnicodeDecodeError) as error:
            self._error(HTTPStatus.BAD_REQUEST, "bad_fault", str(error))
            return
        self._send_json(
            HTTPStatus.OK, {"plugin": plugin_id, "fault": fault.kind, "latency": fault.latency}
        )

    # -- answering
    def _fault_for(self, plugin_id: str) -> Fault:
        """The plugin's fault, overridden for this request by the sandbox headers."""
        fault = self.sandbox.fault(plugin_id)
        kind: object = fault.kind
        latency: object = fault.latency
        if FAULT_HEADER in self.headers:
            header = self.headers[FAULT_HEADER].strip().lower()
            kind = None if header in ("", "none", "null") else header
        if LATENCY_HEADER in self.headers:
            try:
                latency = float(self.headers[LATENCY_HEADER])
            except ValueError:
                latency = self.headers[LATENCY_HEADER]
        return check_fault(kind, latency)

    def _recorded(self, recorded: dict[str, _Recorded], path: str, query: str) -> Answer:
        path = path.rstrip("/") or "/"
        if path == "/health":
            return Answer(HTTPStatus.OK, {"status": "ok"})
        route = _route(recorded, path)
        if route is None:
            return Answer(HTTPStatus.NOT_FOUND, {"error": "not_found", "message": "no such path"})
        answer = route.answer(parse_qsl(query, keep_blank_values=True))
        if answer is None:
            return Answer(
                HTTPStatus.NOT_FOUND, {"error": "not_recorded", "message": "no recorded answer"}
            )
        return answer

    def _misbehave_or_send(self, kind: str | None, answer: Answer) -> None:
        if kind == "refuse":
            self.close_connection = True
            self.log_message('"%s" dropped (fault refuse)', self.requestline)
            return
        if kind == "timeout":
            self.sandbox.wait(TIMEOUT_FAULT_SECONDS)
            self.close_connection = True
            self.log_message('"%s" never answered (fault timeout)', self.requestline)
            return
        if kind == "500":
            self._error(
                HTTPStatus.INTERNAL_SERVER_ERROR, "internal", "Sandbox fault: internal error"
            )
            return
        if kind == "401":
            self._error(HTTPStatus.UNAUTHORIZED, "unauthorized", "Sandbox fault: API key refused")
            return
        if kind == "huge":
            self._send_huge()
            return
        if kind == "trickle":
            self._send_trickle(json.dumps(answer.body, ensure_ascii=False), answer.status)
            return
        text = json.dumps(answer.body, ensure_ascii=False)
        if kind == "malformed":
            text = _truncated(text)
        self._send_text(answer.status, text)


def _truncated(text: str) -> str:
    """``text`` cut in half so that it is no longer valid JSON."""
    cut = text[: len(text) // 2]
    try:
        json.loads(cut)
    except ValueError:
        return cut
    return '{"truncated'
