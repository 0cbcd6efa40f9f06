"""One plugin's process: read hello, lock down, import the plugin, serve.

Threads: the main thread reads the console's messages (and is the only reader);
one worker thread calls the plugin's ``describe``/``act`` for the newest visitor
generation; writes to the console are serialised by a lock. A back-office call
(:meth:`RemoteContext.fetch_json`) sends a ``fetch`` and blocks the worker until
the console's ``answer`` with the same call id comes back; when the visitor
changes, calls of the older generation end at once with :class:`Cancelled` and
their views are dropped.
"""

from __future__ import annotations

import importlib
import importlib.util
import itertools
import logging
import os
import sys
import threading
import traceback
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, BinaryIO

from console.core.text import QT_TRANSLATE_NOOP
from console.identity_mask import mask_identity_codes
from console.plugin_api.answers import (
    answer_from_message,
    cancelled_message,
    error_from_wire,
    is_cancelled,
)
from console.plugin_api.describe import Cancelled
from console.plugin_api.errors import HttpError, PluginError
from console.plugin_api.model import Answer, Visitor
from console.plugin_api.protocol import (
    ProtocolError,
    read_message,
    visitor_from_wire,
    write_message,
)
from console.plugin_api.view import QUERY_LENGTH, Problem, View, view_to_wire
from console.plugin_runtime.importing import import_package, takes_arguments

PACKAGE_PREFIX = "tiski_plugin_"
# A call the console never answers (it always does: answer, error or cancelled)
# must not hold the worker for ever.
CALL_LIMIT_SECONDS = 300.0
# A console message larger than this is not one (settings and answers are bounded
# by the broker well below).
INBOUND_LIMIT = 64 * 1024 * 1024


def _tr(text: str) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP("PluginRuntime", …)``) in the language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PluginRuntime", text)


class Channel:
    """The pipe to the console: framed messages, written by one thread at a time."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def send(self, message: dict[str, Any]) -> None:
        with self._lock:
            try:
                write_message(self._stream, message)
            except (BrokenPipeError, OSError):
                os._exit(0)  # the console is gone: nothing left to serve


class _Call:
    def __init__(self, generation: int) -> None:
        self.generation = generation
        self.done = threading.Event()
        self.answer: dict[str, Any] | None = None


class RemoteContext:
    """The :class:`console.plugin_api.describe.Context` of a plugin in its process."""

    def __init__(
        self,
        channel: Channel,
        *,
        plugin_id: str,
        settings: Mapping[str, Any],
        language: str,
    ) -> None:
        self.plugin_id = plugin_id
        self.settings: Mapping[str, Any] = MappingProxyType(dict(settings))
        self.language = language
        self.logger = logging.getLogger(f"tiski.plugin.{plugin_id}")
        self.generation = 0  # set by the worker for the job it runs
        self._channel = channel
        self._calls: dict[int, _Call] = {}
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()

    # ------------------------------------------------------------ the plugin's side
    def fetch_json(
        self,
        key: str,
        path: str,
        params: Mapping[str, str] | None = None,
        *,
        items: str | None = None,
    ) -> Answer:
        return answer_from_message(
            self._call(
                {
                    "method": "GET",
                    "key": key,
                    "path": path,
                    "params": dict(params or {}),
                    "items": items,
                }
            )
        )

    def post_json(self, path: str, body: Any) -> Any:
        answer = self._call({"method": "POST", "path": path, "params": {}, "body": body})
        if answer.get("ok"):
            return answer.get("data")
        raise error_from_wire(answer.get("error"))

    # ------------------------------------------------------------ the runtime's side
    def _call(self, request: dict[str, Any]) -> dict[str, Any]:
        generation = self.generation
        with self._lock:
            number = next(self._numbers)
            call = _Call(generation)
            self._calls[number] = call
        self._channel.send({"kind": "fetch", "call": number, "generation": generation, **request})
        finished = call.done.wait(CALL_LIMIT_SECONDS)
        with self._lock:
            self._calls.pop(number, None)
        answer = call.answer
        if not finished or answer is None:
            raise HttpError(
                _tr(QT_TRANSLATE_NOOP("PluginRuntime", "The back office did not answer in time.")),
                f"no answer to call {number} within {CALL_LIMIT_SECONDS:.0f} s",
                kind="timeout",
            )
        if is_cancelled(answer):
            raise Cancelled()
        return answer

    def deliver(self, message: dict[str, Any]) -> None:
        """An ``answer`` from the console: wake the call waiting for it (if any still is)."""
        number = message.get("call")
        with self._lock:
            call = self._calls.get(number) if isinstance(number, int) else None
            if call is not None and not call.done.is_set():
                call.answer = message
                call.done.set()

    def cancel_below(self, generation: int) -> None:
        """The visitor changed: calls for earlier visitors end now, as cancelled."""
        with self._lock:
            for call in self._calls.values():
                if call.generation < generation and not call.done.is_set():
                    call.answer = cancelled_message(0)
                    call.done.set()


class _LogToConsole(logging.Handler):
    """The plugin's log records, sent to the console (which masks and logs them)."""

    def __init__(self, channel: Channel) -> None:
        super().__init__(logging.DEBUG)
        self._channel = channel

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record)
        except Exception:  # a broken log call must not break the plugin
            text = str(record.msg)
        self._channel.send(
            {"kind": "log", "level": record.levelname, "message": mask_identity_codes(text)[:8000]}
        )


# ---------------------------------------------------------------- serving
class Server:
    """Runs the plugin's describe/act for the newest visitor generation on one worker."""

    def __init__(self, plugin: Any, context: RemoteContext, channel: Channel, title: str) -> None:
        self.plugin = plugin
        self.title = title
        self.context = context
        self.channel = channel
        self.generation = -1
        self.visitor: Visitor | None = None
        self._job: tuple[str, int, str, str | None] | None = None
        self._wake = threading.Condition()
        threading.Thread(target=self._work, name="plugin-worker", daemon=True).start()

    def handle(self, message: dict[str, Any]) -> bool:
        """One message from the console; False when the process should end."""
        kind = message["kind"]
        generation = message.get("generation")
        if kind == "answer":
            self.context.deliver(message)
        elif kind == "visitor" and isinstance(generation, int):
            visitor = visitor_from_wire(message.get("visitor"))
            with self._wake:
                self.generation = generation
                self.visitor = visitor
            self.context.cancel_below(generation)
            self._post(("describe", generation, "", None))
        elif kind == "retry" and generation == self.generation:
            self._post(("describe", self.generation, "", None))
        elif kind == "act" and generation == self.generation:
            text = message.get("text")
            self._post(
                (
                    "act",
                    self.generation,
                    str(message.get("action", "")),
                    text[:QUERY_LENGTH] if isinstance(text, str) else None,
                )
            )
        elif kind == "stop":
            return False
        return True

    def _post(self, job: tuple[str, int, str, str | None]) -> None:
        with self._wake:
            self._job = job  # only the newest job matters
            self._wake.notify()

    def _work(self) -> None:
        while True:
            with self._wake:
                while self._job is None:
                    self._wake.wait()
                (what, generation, action, text), self._job = self._job, None
                visitor = self.visitor
            self.context.generation = generation
            view = self._run(what, visitor, action, text)
            if view is None:
                continue
            with self._wake:
                current = generation == self.generation
            if current:
                self.channel.send({"kind": "view", "generation": generation, "view": view})

    def _run(
        self, what: str, visitor: Visitor | None, action: str, text: str | None
    ) -> dict[str, Any] | None:
        try:
            result = None
            if what == "act":
                act = getattr(self.plugin, "act", None)
                if callable(act):
                    # A query's button brings the text typed (plugin API 2.0's Query).
                    if text is None:
                        result = act(self.context, visitor, action)
                    else:
                        result = act(self.context, visitor, action, text)
            if result is None:
                result = self.plugin.describe(self.context, visitor)
            if not isinstance(result, View):
                raise TypeError(f"describe returned {type(result).__name__}, not a View")
            return view_to_wire(result)
        except Cancelled:
            return None
        except Exception as error:  # every plugin failure becomes a problem in its panel
            details = mask_identity_codes(traceback.format_exc())
            reason = mask_identity_codes(f"{type(error).__name__}: {error}".splitlines()[0])
            message = (
                error.message
                if isinstance(error, PluginError)
                else _tr(
                    QT_TRANSLATE_NOOP("PluginRuntime", "The panel ran into an error: %1")
                ).replace("%1", reason[:300])
            )
            return view_to_wire(
                View(
                    title=self.title, problem=Problem(mask_identity_codes(message), details[-3000:])
                )
            )


# ---------------------------------------------------------------- start-up
def import_plugin(plugin_id: str, folder: Path, entry: str) -> object:
    """Import ``entry`` (``module:Class``) from ``folder`` as package ``tiski_plugin_<id>``
    (from source only, as the console's in-process loader does) and make the class."""
    module_name, _, class_name = entry.partition(":")
    package = PACKAGE_PREFIX + plugin_id.replace("-", "_")
    import_package(package, folder)
    entry_module = importlib.import_module(f"{package}.{module_name}")
    plugin = getattr(entry_module, class_name)()
    if not takes_arguments(getattr(plugin, "describe", None), 2):
        raise TypeError(f"{entry} has no describe(context, visitor) method (plugin API 2)")
    return plugin


def _protocol_streams() -> tuple[BinaryIO, BinaryIO]:
    """Standard input, and a private copy of standard output for the protocol.

    File descriptor 1 then points at standard error, so a stray ``print`` (or a C
    library writing to stdout) lands in the console's log, not inside a message.
    """
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return sys.stdin.buffer, out


def _die_with_parent() -> None:
    """On Linux the kernel kills this process when the console goes, whatever it is doing."""
    if sys.platform != "linux":
        return
    import ctypes
    import signal

    libc = ctypes.CDLL(None, use_errno=True)
    pr_set_pdeathsig = 1
    libc.prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() == 1:  # the console went before the line above ran
        os._exit(0)


def main() -> int:
    _die_with_parent()
    inbound, outbound = _protocol_streams()
    channel = Channel(outbound)
    try:
        hello = read_message(inbound, INBOUND_LIMIT)
    except ProtocolError:
        return 2
    if hello is None or hello.get("kind") != "hello":
        return 2
    plugin_id = str(hello.get("plugin_id", ""))
    language = str(hello.get("language", "en"))
    logging.basicConfig(level=logging.INFO, handlers=[_LogToConsole(channel)], force=True)

    from PySide6.QtCore import QCoreApplication

    from console.i18n import install_translators

    app = QCoreApplication([sys.argv[0]])
    if language in ("fi", "sv", "en"):
        install_translators(app, language)
    # Locked down before any plugin code runs: its import-time code is as confined as
    # its describe. Everything the runtime itself needs is imported above.
    from console.plugin_runtime.sandbox import lock_down, readable_paths

    folder = Path(str(hello["folder"]))
    protections = lock_down(readable_paths(folder))
    try:
        plugin = import_plugin(plugin_id, folder, str(hello["entry"]))
    except BaseException as error:
        reason = mask_identity_codes(f"{type(error).__name__}: {error}".splitlines()[0])
        channel.send(
            {
                "kind": "failed",
                "message": _tr(
                    QT_TRANSLATE_NOOP("PluginRuntime", "The plugin could not be loaded: %1")
                ).replace("%1", reason[:300]),
                "details": mask_identity_codes(traceback.format_exc())[-6000:],
            }
        )
        return 0

    settings = hello.get("settings") if isinstance(hello.get("settings"), dict) else {}
    context = RemoteContext(
        channel, plugin_id=plugin_id, settings=settings or {}, language=language
    )
    server = Server(plugin, context, channel, str(hello.get("title") or plugin_id))
    channel.send({"kind": "ready", "protections": protections})
    while True:
        try:
            message = read_message(inbound, INBOUND_LIMIT)
        except ProtocolError:
            break
        if message is None:
            break
        try:
            if not server.handle(message):
                break
        except ProtocolError as error:  # one bad message is skipped, not fatal
            logging.getLogger(__name__).warning("A message from the console was refused: %s", error)
    sys.stderr.flush()
    os._exit(0)  # the worker may be inside plugin code that never returns
