"""The doctor's report: a :class:`Check` per finding, the helpers every check uses, and
the report printed as aligned text or as JSON.

The names with a leading underscore are shared by the check modules of
``console.ops.doctor`` and by nothing outside it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from console.core.text import QT_TRANSLATE_NOOP, Message

_CTX = "Doctor"
EXIT_OK = 0
EXIT_BROKEN = 1

Status = Literal["ok", "warning", "error"]
_STATUS_TEXTS: dict[Status, str] = {
    "ok": QT_TRANSLATE_NOOP("Doctor", "ok"),
    "warning": QT_TRANSLATE_NOOP("Doctor", "warning"),
    "error": QT_TRANSLATE_NOOP("Doctor", "error"),
}

NETWORK_SECONDS = 3  # the most one network check may take
KEYRING_SECONDS = 5  # a locked Secret Service may wait for a prompt nobody answers

T = TypeVar("T")


@dataclass(frozen=True)
class Check:
    """One finding: ``name`` is stable for scripts; ``finding`` and ``action`` are for people."""

    name: str
    status: Status
    finding: Message
    action: Message | None = None


def _m(text: str, **params: object) -> Message:
    return Message(_CTX, text, dict(params))


def _check(
    name: str, status: Status, finding: str, action: str | None = None, /, **params: object
) -> Check:
    """A check whose finding and action share ``params``."""
    return Check(name, status, _m(finding, **params), _m(action, **params) if action else None)


def _joined(parts: Sequence[Message], between: str) -> Message:
    joined = parts[-1]
    for part in reversed(parts[:-1]):
        joined = _m(between, first=part, rest=joined)
    return joined


def _reason(error: BaseException) -> str:
    """An exception in one line, with any password or identity code masked."""
    from console.logs import mask_sensitive

    lines = str(error).strip().splitlines()
    return mask_sensitive(f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__)


class _Late(Exception):
    """The work did not finish before its deadline."""


def _within(seconds: float, work: Callable[[], T]) -> T:
    """``work()``, or :class:`_Late` when it takes longer than ``seconds``.

    The work runs in a daemon thread, left behind when late: a DNS lookup or a
    keyring prompt cannot be interrupted, but must not keep doctor waiting, and a
    daemon thread does not keep the process from ending.
    """
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # handed to the caller below
            failure.append(error)

    thread = threading.Thread(target=run, name="tiski-doctor", daemon=True)
    thread.start()
    thread.join(seconds)
    if failure:
        raise failure[0]
    if not outcome:
        raise _Late
    return outcome[0]


class _Voice:
    """Texts in the interface language, through Qt's translations."""

    def __init__(self, language: str) -> None:
        from PySide6.QtCore import QCoreApplication

        from console.i18n import install_translators

        install_translators(QCoreApplication.instance() or QCoreApplication(["tiski"]), language)

    def text(self, message: Message) -> str:
        from console.i18n import translate

        return translate(message)

    def summary(self, checks: Sequence[Check]) -> str:
        broken = [check.name for check in checks if check.status == "error"]
        warnings = sum(check.status == "warning" for check in checks)
        if broken:
            text = QT_TRANSLATE_NOOP(
                "Doctor", "Broken: {names}. The desk cannot work until that is fixed."
            )
        elif warnings:
            text = QT_TRANSLATE_NOOP(
                "Doctor", "Warnings: {count}. The desk can work; see what to do above."
            )
        else:
            text = QT_TRANSLATE_NOOP("Doctor", "Everything is in order.")
        return self.text(_m(text, names=", ".join(broken), count=warnings))


def report_json(checks: Sequence[Check], voice: _Voice) -> dict[str, object]:
    from console.version import version

    return {
        "version": version(),
        "checks": [
            {
                "name": check.name,
                "status": check.status,
                "finding": voice.text(check.finding),
                "action": voice.text(check.action) if check.action else None,
            }
            for check in checks
        ],
        "ok": not any(check.status == "error" for check in checks),
    }


def report_text(checks: Sequence[Check], voice: _Voice) -> str:
    """One line per check in aligned columns, what to do beneath it."""
    from console.version import version

    statuses = [voice.text(_m(_STATUS_TEXTS[check.status])) for check in checks]
    status_width = max(len(text) for text in statuses)
    name_width = max(len(check.name) for check in checks)
    indent = " " * (status_width + name_width + 4)
    lines = [f"Tiski {version()}"]
    for check, status in zip(checks, statuses, strict=True):
        finding = voice.text(check.finding)
        lines.append(f"{status.ljust(status_width)}  {check.name.ljust(name_width)}  {finding}")
        if check.action is not None and check.status != "ok":
            lines.append(f"{indent}-> {voice.text(check.action)}")
    lines.append(voice.summary(checks))
    return "\n".join(lines)
