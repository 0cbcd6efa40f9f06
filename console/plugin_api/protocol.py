"""How the console and a plugin process talk (plugin API 2): framed JSON over pipes.

Each message is a 4-byte big-endian length and that many bytes of UTF-8 JSON, one
object with a ``"kind"``. The plugin process reads its standard input and writes
its standard output; its standard error is the console's log (masked there).

From the console to the plugin
  ``hello``     plugin_id, folder, entry, settings, permissions, language, api
  ``visitor``   generation, visitor (the permitted fields only, or null)
  ``act``       generation, action (an Action id the last view offered, or its
                Query's id), text (with a Query's id only: what was typed)
  ``retry``     generation
  ``answer``    call, ok, data (ok) or error {kind, message, details, status};
                fetched_at, total; stale (with the remembered data) when a call
                failed after an earlier good one (console.plugin_api.answers)
  ``stop``      (the process exits; it is killed if it does not)

From the plugin to the console
  ``ready``     the plugin loaded; or ``failed`` message, details
  ``view``      generation, view (console.plugin_api.view wire form)
  ``fetch``     call, generation, method ("GET"/"POST"), path, params, body, items,
                key (fetch_json's key: what a failed call's stale answer is found by)
  ``log``       level, message

Every ``fetch`` is carried out by the console's broker, which adds the plugin's
credentials, bounds the call and answers with ``answer``; a fetch for a
generation that is no longer the visitor's is answered with ``error.kind ==
"cancelled"``, and one the console will not make (a path leaving the back
office, parameters that are not texts) with ``error.kind == "invalid"``. Other
kinds are :class:`~console.plugin_api.errors.HttpError`'s. A view for an old
generation is dropped.
"""

from __future__ import annotations

import json
import struct
from typing import Any, BinaryIO

HEADER = struct.Struct(">I")
# What the console reads from a plugin in one message: a view is bounded well
# below this (view.LIMITS); a larger message ends the plugin process.
MESSAGE_LIMIT = 8 * 1024 * 1024


class ProtocolError(Exception):
    """The other side sent something that is not a message (or too large a one)."""


def encode(message: dict[str, Any]) -> bytes:
    """``message`` framed for the pipe."""
    body = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return HEADER.pack(len(body)) + body


def write_message(stream: BinaryIO, message: dict[str, Any]) -> None:
    """Write one framed message and flush."""
    stream.write(encode(message))
    stream.flush()


def read_message(stream: BinaryIO, limit: int = MESSAGE_LIMIT) -> dict[str, Any] | None:
    """The next message, or None at the end of the stream.

    Raises :class:`ProtocolError` for a torn header, a message over ``limit``
    bytes, or a body that is not a JSON object with a text ``kind``.
    """
    header = _read_exactly(stream, HEADER.size)
    if header is None:
        return None
    (size,) = HEADER.unpack(header)
    if size > limit:
        raise ProtocolError(f"a message of {size} bytes; at most {limit} are read")
    body = _read_exactly(stream, size)
    if body is None:
        raise ProtocolError("the stream ended inside a message")
    return decode(body)


def decode(body: bytes) -> dict[str, Any]:
    """One message body (without its header) as a dict with a text ``kind``."""
    try:
        message = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ProtocolError(f"a message that is not JSON: {error}") from error
    if not isinstance(message, dict) or not isinstance(message.get("kind"), str):
        raise ProtocolError("a message that is not an object with a kind")
    return message


class Framer:
    """Splits bytes as they arrive (from a QProcess, say) into messages."""

    def __init__(self, limit: int = MESSAGE_LIMIT) -> None:
        self.limit = limit
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[dict[str, Any]]:
        """The whole messages ``data`` completes; raises :class:`ProtocolError`."""
        self._buffer += data
        messages = []
        while len(self._buffer) >= HEADER.size:
            (size,) = HEADER.unpack_from(self._buffer)
            if size > self.limit:
                raise ProtocolError(f"a message of {size} bytes; at most {self.limit} are read")
            end = HEADER.size + size
            if len(self._buffer) < end:
                break
            body = bytes(self._buffer[HEADER.size : end])
            del self._buffer[:end]
            messages.append(decode(body))
        return messages


def _read_exactly(stream: BinaryIO, size: int) -> bytes | None:
    chunks = bytearray()
    while len(chunks) < size:
        chunk = stream.read(size - len(chunks))
        if not chunk:
            if not chunks:
                return None
            raise ProtocolError("the stream ended inside a message")
        chunks += chunk
    return bytes(chunks)
