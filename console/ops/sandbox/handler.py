"""One request to the sandbox: a recorded answer, a fault played, or a fault set.

``GET /<plugin id>/<path>`` is answered from the plugin's recording, after the
latency and with the fault set for it (or asked for by the request's headers);
``GET /_faults`` lists the faults and ``POST /_faults/<plugin id>`` sets one.
The access log is at DEBUG level, identity codes masked.
"""

from __future__ import annotations

import json
import logging
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from console.identity_mask import mask_identity_codes
from console.ops.sandbox.answers import Answer, _Recorded, _route
from console.ops.sandbox.faults import (
    FAULT_HEADER,
    HUGE_FAULT_BYTES,
    LATENCY_HEADER,
    TIMEOUT_FAULT_SECONDS,
    TRICKLE_FAULT_SECONDS,
    Fault,
    check_fault,
)

if TYPE_CHECKING:
    from console.ops.sandbox.server import SandboxServer

# The whole sandbox logs under its package's name, the one docs/sandbox.md gives.
log = logging.getLogger("console.ops.sandbox")

_MAX_FAULT_REQUEST_BYTES = 4096


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
