"""One API 2 plugin's process, seen from the console: started, watched, restarted, ended.

:class:`PluginProcess` runs ``python -m console.plugin_runtime`` (in a frozen build,
the console's own executable with ``--plugin-runtime``) through a QProcess, so the
GUI thread never blocks on it: bytes arrive by ``readyRead`` and are split into
messages by a :class:`~console.plugin_api.protocol.Framer` bounded by
``MESSAGE_LIMIT``. Whatever the child sends is checked; a message that is not the
protocol (or too large) ends the child and says so.

The child gets a scrubbed environment: no ``TISKI_*`` variable, no D-Bus address,
HOME and the XDG folders pointing at a private empty folder, no inherited file
descriptors besides its three pipes. It locks itself down further
(console/plugin_runtime/sandbox.py) and reports which protections are in force.

A crash restarts the child after 1 s, 2 s, 4 s … at most 60 s; after
:data:`CRASH_LIMIT` crashes within :data:`CRASH_WINDOW_S` it stays down and
:attr:`PluginProcess.failed` says so (the panel offers Retry).
"""

from __future__ import annotations

import atexit
import collections
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QProcess,
    QProcessEnvironment,
    Qt,
    QTimer,
    Signal,
)

from console.identity_mask import mask_identity_codes
from console.plugin_api.model import Visitor
from console.plugin_api.protocol import (
    MESSAGE_LIMIT,
    Framer,
    ProtocolError,
    encode,
    visitor_to_wire,
)
from console.plugin_api.view import Problem, View, WireError, view_from_wire
from console.plugin_host.manifest import Manifest
from console.plugin_runtime.sandbox import describe_protections

log = logging.getLogger(__name__)

CRASH_LIMIT = 5
CRASH_WINDOW_S = 600.0
BACKOFF_MAX_S = 60
# A child that ran this long before crashing starts the backoff afresh.
STEADY_S = 60.0
# A plugin that has not answered (a view) this long after the console asked is stuck in
# its own code, since the broker ends every call it makes within the call deadline
# (20 s): it is ended and started again as after a crash, and its panel says so.
ANSWER_TIMEOUT_S = 120.0
STOP_WAIT_MS = 2000
STDERR_LINE_LIMIT = 4000
STDERR_KEPT_LINES = 30
# A plugin printing or logging without end must not fill the console's log: at most
# this many lines a minute are kept, then one line says how many were dropped.
LOG_LINES_PER_MINUTE = 300
# Call ids are the child's own numbers tagged with the child's incarnation, so an
# answer meant for a child that has since been restarted is never handed to the new one.
_CALLS_PER_INCARNATION = 1_000_000_000
# Environment variables the child keeps (everything else is dropped, TISKI_* and
# DBUS_SESSION_BUS_ADDRESS included).
_KEPT = ("PATH", "LANG", "LANGUAGE", "TZ", "SYSTEMROOT", "WINDIR", "COMSPEC", "PATHEXT")
_PRIVATE = (
    "HOME",
    "USERPROFILE",
    "APPDATA",
    "LOCALAPPDATA",
    "TMPDIR",
    "TEMP",
    "TMP",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
)
_LOG_LEVELS = {"DEBUG": 10, "INFO": 20, "WARNING": 30, "ERROR": 40, "CRITICAL": 50}
_protections_logged = False
# The plugin processes' private homes not removed yet: a console that ends without
# stopping its panels (a screenshot, a test, an error) removes them as it exits.
_homes: set[str] = set()


def _remove_homes_left() -> None:
    for home in list(_homes):
        shutil.rmtree(home, ignore_errors=True)
    _homes.clear()


atexit.register(_remove_homes_left)

HOME_PREFIX = "tiski-plugin-"
# A home named without its console's process id (before December 2026) is removed once
# it is this old: no console runs a plugin process for a week.
_NAMELESS_HOME_DAYS = 7
_swept = False


def sweep_homes_left_behind(folder: str | None = None, *, now: float | None = None) -> int:
    """Remove the private homes of plugin processes whose console is gone (killed,
    crashed, the power cut): its exit handler never ran. A home carries its console's
    process id; one whose console still runs is left alone. Not on Windows, where
    the system cleans the temporary folder. How many were removed."""
    if sys.platform == "win32":
        return 0
    root = folder or tempfile.gettempdir()
    now = time.time() if now is None else now
    removed = 0
    try:
        entries = list(os.scandir(root))
    except OSError:
        return 0
    for entry in entries:
        if not entry.name.startswith(HOME_PREFIX) or not entry.is_dir(follow_symlinks=False):
            continue
        owner = entry.name[len(HOME_PREFIX) :].split("-", 1)[0]
        if owner.isdigit():
            if _console_runs(int(owner)):
                continue
        else:
            try:
                age_days = (now - entry.stat(follow_symlinks=False).st_mtime) / 86_400
            except OSError:
                continue
            if age_days < _NAMELESS_HOME_DAYS:
                continue
        shutil.rmtree(entry.path, ignore_errors=True)
        removed += 1
    if removed:
        log.info("Removed %d plugin homes left behind by consoles that ended abruptly", removed)
    return removed


def _console_runs(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    return True


def _sweep_once() -> None:
    global _swept
    if not _swept:
        _swept = True
        sweep_homes_left_behind()


def runtime_command() -> tuple[str, list[str]]:
    """The program and arguments that start a plugin process."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--plugin-runtime"]
    # -I: no user site-packages, no PYTHON* variables, no current folder on sys.path.
    return sys.executable, ["-I", "-m", "console.plugin_runtime"]


def hello_for(manifest: Manifest, settings: Mapping[str, Any], language: str) -> dict[str, Any]:
    """The ``hello`` a plugin's process starts with: no credential, no path but its folder."""
    return {
        "plugin_id": manifest.id,
        "folder": str(manifest.folder),
        "entry": f"{manifest.entry_module}:{manifest.entry_class}",
        "settings": dict(settings),
        "permissions": list(manifest.permissions),
        "language": language,
        "title": manifest.name(language),
        "api": manifest.api,
    }


def plugin_environment(private_home: str) -> QProcessEnvironment:
    """The child's environment: the few variables it needs, homes pointing at ``private_home``."""
    environment = QProcessEnvironment()
    for name, value in os.environ.items():
        if name in _KEPT or name.startswith("LC_"):
            environment.insert(name, value)
    for name in _PRIVATE:
        environment.insert(name, private_home)
    environment.insert("PYTHONDONTWRITEBYTECODE", "1")
    return environment


class PluginProcess(QObject):
    """One plugin's child process and the messages to and from it (GUI thread)."""

    ready = Signal()
    failed = Signal(str, str)  # message for the person at the counter, details
    view_received = Signal(int, object)  # generation, View
    fetch_requested = Signal(object)  # the fetch message (dict), call id made unique
    exited = Signal(int)  # exit code
    restarting = Signal(int)  # seconds until the next start
    _write_soon = Signal(object)  # bytes, from any thread

    def __init__(self, plugin_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plugin_id = plugin_id
        self.protections: dict[str, Any] = {}
        self.generation = 0
        self.running = False  # "ready" seen from the current child
        self.gave_up = False
        self._hello: dict[str, Any] = {}
        self._check: Callable[[], tuple[str, str] | None] | None = None
        self._visitor: dict[str, Any] | None = None
        self._visitor_pending = False
        self._process: QProcess | None = None
        self._framer = Framer(MESSAGE_LIMIT)
        self._stderr = bytearray()
        self._stderr_lines: collections.deque[str] = collections.deque(maxlen=STDERR_KEPT_LINES)
        self._incarnation = 0
        self._home: str | None = None
        self._stopping = False
        self._ended_by_us = False
        self._started_at = 0.0
        self._crashes: collections.deque[float] = collections.deque()
        self._backoff = 0
        self._restart = QTimer(self)
        self._restart.setSingleShot(True)
        self._restart.timeout.connect(self._spawn)
        self.answer_timeout_s = ANSWER_TIMEOUT_S
        self._waiting = QTimer(self)  # from a question to its view
        self._waiting.setSingleShot(True)
        self._waiting.timeout.connect(self._not_answering)
        self._plugin_log = logging.getLogger(f"tiski.plugin.{plugin_id}")
        self._log_minute = 0.0
        self._log_lines = 0
        self._log_dropped = 0
        self._write_soon.connect(self._write, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------ commands
    def start(
        self, hello: dict[str, Any], check: Callable[[], tuple[str, str] | None] | None = None
    ) -> None:
        """Start the child with ``hello`` (plugin_id, folder, entry, settings, language, …).

        ``check``, called before each start (restarts too), says why the child must
        not start (message, details), e.g. a site plugin's folder that changed since
        IT trusted it; None when it may.
        """
        self._hello = {"kind": "hello", **hello}
        self._check = check
        self._stopping = False
        self.gave_up = False
        self._crashes.clear()
        self._backoff = 0
        self._spawn()

    def restart(self) -> None:
        """Retry after it gave up (or failed to load): a fresh child, counts reset."""
        self._end_child()
        self.start(self._hello, self._check)

    def set_visitor(self, generation: int, visitor: Visitor | None) -> None:
        """Describe ``visitor`` (already reduced to the permitted fields) as ``generation``."""
        self.generation = generation
        self._visitor = {
            "kind": "visitor",
            "generation": generation,
            "visitor": visitor_to_wire(visitor),
        }
        self._visitor_pending = True
        if self.running:
            self._send_visitor()

    def act(self, generation: int, action: str, text: str | None = None) -> None:
        """Press ``action`` (with ``text``: a query's button, what was typed)."""
        if self.running:
            message: dict[str, Any] = {"kind": "act", "generation": generation, "action": action}
            if text is not None:
                message["text"] = text
            self._send(message)
            self._asked()

    def retry(self, generation: int) -> None:
        if self.running:
            self._send({"kind": "retry", "generation": generation})
            self._asked()

    def answer(self, message: dict[str, Any]) -> None:
        """The broker's answer to a fetch; may be called from any thread."""
        call = message.get("call")
        if not isinstance(call, int):
            return
        incarnation, number = divmod(call, _CALLS_PER_INCARNATION)
        data = encode({**message, "kind": "answer", "call": number})
        self._write_soon.emit((incarnation, data))

    def stop(self, wait_ms: int = STOP_WAIT_MS) -> None:
        """Ask the child to end; kill it after ``wait_ms``. Blocks at most that long."""
        self.request_stop()
        self.finish_stop(time.monotonic() + wait_ms / 1000)

    def request_stop(self) -> None:
        """The first half of :meth:`stop`: say stop, without waiting (for stopping many)."""
        self._stopping = True
        self._restart.stop()
        self._waiting.stop()
        process = self._process
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.write(encode({"kind": "stop"}))
            process.closeWriteChannel()

    def finish_stop(self, deadline: float) -> None:
        """The second half: wait until ``deadline`` (monotonic), then kill."""
        process = self._process
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            left = max(0, int((deadline - time.monotonic()) * 1000))
            if not process.waitForFinished(left):
                log.warning("Plugin %s did not stop in time; killed", self.plugin_id)
                self._end_child()
        self._cleanup()

    def process_id(self) -> int | None:
        process = self._process
        if process is None or process.state() == QProcess.ProcessState.NotRunning:
            return None
        return int(process.processId())

    # ------------------------------------------------------------ the child
    def _spawn(self) -> None:
        if self._stopping:
            return
        self._cleanup()
        refused = self._check() if self._check is not None else None
        if refused is not None:
            self.gave_up = True  # nothing to restart until Retry
            self.failed.emit(*refused)
            return
        self._incarnation += 1
        self._framer = Framer(MESSAGE_LIMIT)
        self._stderr.clear()
        self.running = False
        self._ended_by_us = False
        self._visitor_pending = self._visitor is not None
        _sweep_once()
        # Named by this console's process id: a later console removes it if this one
        # dies without its exit handler (sweep_homes_left_behind).
        self._home = tempfile.mkdtemp(prefix=f"{HOME_PREFIX}{os.getpid()}-")
        _homes.add(self._home)
        process = QProcess(self)
        program, arguments = runtime_command()
        process.setProgram(program)
        process.setArguments(arguments)
        process.setProcessEnvironment(plugin_environment(self._home))
        process.setWorkingDirectory(self._home)
        if sys.platform != "win32":
            process.setUnixProcessParameters(
                QProcess.UnixProcessFlag.CloseFileDescriptors
                | QProcess.UnixProcessFlag.ResetSignalHandlers
                | QProcess.UnixProcessFlag.IgnoreSigPipe
                | QProcess.UnixProcessFlag.DisableCoreDumps  # a dump would hold the visitor
            )
        process.readyReadStandardOutput.connect(self._read_output)
        process.readyReadStandardError.connect(self._read_errors)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error_occurred)
        self._process = process
        self._started_at = time.monotonic()
        process.start()
        process.write(encode(self._hello))

    def _end_child(self) -> None:
        process = self._process
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            self._ended_by_us = True
            process.kill()
            process.waitForFinished(1000)

    def _cleanup(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            for signal in (
                process.readyReadStandardOutput,
                process.readyReadStandardError,
                process.finished,
                process.errorOccurred,
            ):
                signal.disconnect()
            if process.state() != QProcess.ProcessState.NotRunning:
                process.kill()
                process.waitForFinished(1000)
            process.deleteLater()
        if self._home is not None:
            shutil.rmtree(self._home, ignore_errors=True)
            _homes.discard(self._home)
            self._home = None

    def _send(self, message: dict[str, Any]) -> None:
        process = self._process
        if process is not None and process.state() == QProcess.ProcessState.Running:
            process.write(encode(message))

    def _send_visitor(self) -> None:
        if self._visitor is not None:
            self._send(self._visitor)
            self._asked()
        self._visitor_pending = False

    def _asked(self) -> None:
        """A question went to the child: its view is due within the answer timeout."""
        self._waiting.start(int(self.answer_timeout_s * 1000))

    def _not_answering(self) -> None:
        process = self._process
        if not self.running or self._stopping or process is None:
            return
        log.warning(
            "Plugin %s gave no view in %.0f s (stuck in its own code); ended and started again",
            self.plugin_id,
            self.answer_timeout_s,
        )
        process.kill()  # _finished restarts it, counted as a crash

    def _write(self, item: tuple[int, bytes]) -> None:
        incarnation, data = item
        if incarnation == self._incarnation:
            process = self._process
            if process is not None and process.state() == QProcess.ProcessState.Running:
                process.write(data)

    # ------------------------------------------------------------ reading
    def _read_output(self) -> None:
        process = self._process
        if process is None:
            return
        data = bytes(process.readAllStandardOutput().data())
        try:
            for message in self._framer.feed(data):
                self._handle(message)
                if self._process is not process:
                    return
        except (ProtocolError, WireError) as error:
            self._broken(str(error))

    def _handle(self, message: dict[str, Any]) -> None:
        kind = message["kind"]
        if kind == "ready":
            protections = message.get("protections")
            self.protections = protections if isinstance(protections, dict) else {}
            self._log_protections()
            self.running = True
            self.ready.emit()
            if self._visitor_pending:
                self._send_visitor()
        elif kind == "failed":
            self._ended_by_us = True  # a plugin that cannot load will not load on a restart
            self._waiting.stop()
            self.failed.emit(
                mask_identity_codes(str(message.get("message", "")))[:1000],
                mask_identity_codes(str(message.get("details", "")))[:20000],
            )
        elif kind == "view":
            generation = message.get("generation")
            if not isinstance(generation, int) or isinstance(generation, bool):
                raise ProtocolError("a view without a generation")
            if generation != self.generation:
                return  # for a visitor who has gone
            self._waiting.stop()
            try:
                view = view_from_wire(message.get("view"))
            except WireError as error:
                view = View(
                    title=str(self._hello.get("title") or self.plugin_id),
                    problem=Problem(
                        QCoreApplication.translate(
                            "PluginProcess", "The panel sent something the console cannot show."
                        ),
                        mask_identity_codes(str(error)),
                    ),
                )
            self.view_received.emit(generation, view)
        elif kind == "fetch":
            self.fetch_requested.emit(self._checked_fetch(message))
        elif kind == "log":
            level = _LOG_LEVELS.get(str(message.get("level")), logging.INFO)
            text = str(message.get("message", ""))[:STDERR_LINE_LIMIT]
            self._log(level, mask_identity_codes(text))
        else:
            raise ProtocolError(f"an unknown message kind {kind[:40]!r}")

    def _checked_fetch(self, message: dict[str, Any]) -> dict[str, Any]:
        call = message.get("call")
        generation = message.get("generation")
        if not isinstance(call, int) or not 0 < call < _CALLS_PER_INCARNATION:
            raise ProtocolError("a fetch without a good call number")
        if not isinstance(generation, int):
            raise ProtocolError("a fetch without a generation")
        if message.get("method") not in ("GET", "POST") or not isinstance(message.get("path"), str):
            raise ProtocolError("a fetch without a method and a path")
        params = message.get("params") or {}
        if not isinstance(params, dict) or not all(
            isinstance(key, str) and isinstance(value, str) for key, value in params.items()
        ):
            raise ProtocolError("a fetch whose params are not text")
        return {
            **message,
            "plugin_id": self.plugin_id,
            "call": self._incarnation * _CALLS_PER_INCARNATION + call,
        }

    def _read_errors(self) -> None:
        process = self._process
        if process is None:
            return
        self._stderr += bytes(process.readAllStandardError().data())
        while b"\n" in self._stderr or len(self._stderr) > STDERR_LINE_LIMIT:
            line, _, rest = bytes(self._stderr).partition(b"\n")
            if len(line) > STDERR_LINE_LIMIT:
                line, rest = line[:STDERR_LINE_LIMIT], bytes(self._stderr)[STDERR_LINE_LIMIT:]
            self._stderr = bytearray(rest)
            self._log_line(line)

    def _log_line(self, line: bytes) -> None:
        text = mask_identity_codes(line.decode("utf-8", "replace").rstrip())
        if text:
            self._stderr_lines.append(text)
            self._log(logging.WARNING, f"stderr: {text}")

    def _log(self, level: int, text: str) -> None:
        """Log one line of the plugin's, at most LOG_LINES_PER_MINUTE a minute."""
        now = time.monotonic()
        if now - self._log_minute >= 60:
            if self._log_dropped:
                self._plugin_log.warning(
                    "%d lines of the plugin's log were dropped (over %d a minute)",
                    self._log_dropped,
                    LOG_LINES_PER_MINUTE,
                )
            self._log_minute, self._log_lines, self._log_dropped = now, 0, 0
        if self._log_lines >= LOG_LINES_PER_MINUTE:
            self._log_dropped += 1
            return
        self._log_lines += 1
        self._plugin_log.log(level, "%s", text)

    def _log_protections(self) -> None:
        global _protections_logged
        text = describe_protections(self.protections)
        if self.protections.get("missing") and not _protections_logged:
            _protections_logged = True
            log.warning("Plugin processes run with fewer protections here: %s", text)
        else:
            log.info("Plugin %s runs with: %s", self.plugin_id, text)

    # ------------------------------------------------------------ endings
    def _broken(self, reason: str) -> None:
        """The child spoke outside the protocol: end it, say so, no restart."""
        log.error("Plugin %s broke the protocol: %s", self.plugin_id, mask_identity_codes(reason))
        self._end_child()
        self.running = False
        self.failed.emit(
            QCoreApplication.translate(
                "PluginProcess",
                "The panel's process sent something that is not allowed and was ended.",
            ),
            mask_identity_codes(reason)[:2000],
        )

    def _error_occurred(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._ended_by_us = True
            self.failed.emit(
                QCoreApplication.translate(
                    "PluginProcess", "The panel's process could not be started."
                ),
                f"{runtime_command()}: {self._process.errorString() if self._process else ''}",
            )

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self._stderr:
            self._log_line(bytes(self._stderr))
            self._stderr.clear()
        self.running = False
        self._waiting.stop()
        self.exited.emit(code)
        if self._stopping or self._ended_by_us:
            return
        now = time.monotonic()
        log.warning(
            "Plugin %s process ended unexpectedly (exit code %s, %s)",
            self.plugin_id,
            code,
            "crashed" if status == QProcess.ExitStatus.CrashExit else "exited",
        )
        self._crashes.append(now)
        while self._crashes and now - self._crashes[0] > CRASH_WINDOW_S:
            self._crashes.popleft()
        if len(self._crashes) >= CRASH_LIMIT:
            self.gave_up = True
            self.failed.emit(
                QCoreApplication.translate(
                    "PluginProcess",
                    "This panel stopped unexpectedly %1 times in 10 minutes and is not "
                    "restarted again. The queue and the notes work without it.",
                ).replace("%1", str(len(self._crashes))),
                "\n".join(self._stderr_lines),
            )
            return
        if now - self._started_at > STEADY_S:
            self._backoff = 0
        delay = min(BACKOFF_MAX_S, 2**self._backoff)
        self._backoff += 1
        self.restarting.emit(delay)
        self._restart.start(delay * 1000)


def stop_all(processes: list[PluginProcess], wait_ms: int = STOP_WAIT_MS) -> None:
    """Stop every process at once; all are gone (killed if need be) within ``wait_ms``."""
    for process in processes:
        process.request_stop()
    deadline = time.monotonic() + wait_ms / 1000
    for process in processes:
        process.finish_stop(deadline)
