"""Logging: a rotating file in the user's log folder, the terminal with --verbose.

Every handler formats through :class:`MaskingFormatter`, so an identity code,
a password in a URL or a secret never reaches a log line, tracebacks included.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

from console import paths
from console.core.identity import mask_identity_codes

LOG_FILE_NAME = "tiski.log"

_SECRETS = (
    # user:password@host in URLs
    (re.compile(r"(://[^:/@\s]*:)[^@\s]+(@)"), r"\1***\2"),
    # password=..., secret: ..., token="..." and the like
    (
        re.compile(
            r"(?i)\b(password|passwd|pwd|secret|token|api[_-]?key|credential)"
            r"(\s*[=:]\s*)(['\"]?)[^\s'\",;&]+"
        ),
        r"\1\2\3***",
    ),
    # Authorization: Bearer abc / Basic abc
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}"), r"\1 ***"),
)


def mask_sensitive(text: str) -> str:
    """Mask identity codes and secrets in a piece of text."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return mask_identity_codes(text)


class MaskingFormatter(logging.Formatter):
    """Formats as usual, then masks the whole line, traceback included."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_sensitive(super().format(record))


def log_file() -> Path:
    return paths.user_log_dir() / LOG_FILE_NAME


def setup_logging(*, level: str = "INFO", verbose: bool = False, keep_files: int = 5) -> Path:
    """Send Tiski's log to the rotating file (and stderr when verbose); return the file."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_tiski", False):
            root.removeHandler(handler)
            handler.close()
    path = log_file()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=keep_files, encoding="utf-8"
    )
    file_handler.setFormatter(
        MaskingFormatter("%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s")
    )
    file_handler.setLevel(level)
    file_handler._tiski = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    lowest = logging.getLevelName(level)
    if verbose:
        terminal = logging.StreamHandler(sys.stderr)
        terminal.setFormatter(MaskingFormatter("%(levelname)s %(name)s: %(message)s"))
        terminal.setLevel(logging.DEBUG)
        terminal._tiski = True  # type: ignore[attr-defined]
        root.addHandler(terminal)
        lowest = logging.DEBUG
    root.setLevel(lowest)
    return path
