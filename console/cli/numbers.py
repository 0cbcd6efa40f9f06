"""Number arguments of the ``tiski`` command, checked while the command line is parsed.

A number out of range (``--port 99999``, ``--days 99999999999999999999``) would
otherwise reach a socket or a date calculation and end in a traceback. Each
number option takes its type from here: argparse then says
``argument --port: must be ...`` with the allowed range and exits with status 2,
before anything is read or written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence

from console.cli.voice import Voice
from console.core.text import QT_TRANSLATE_NOOP, Message

_CTX = "CommandLine"

# The interface language for these messages: set by console.cli.main from
# --language before parsing (the settings files are read only afterwards).
language = "fi"

# PostgreSQL's integer, the type of every id column.
LARGEST_ID = 2_147_483_647
# console.config's retention.notes_days: 1 day to 100 years.
RETENTION_DAYS = (1, 36_500)


def _text(message: Message) -> str:
    # Only ever on the way out with a usage error: no need to keep the voice.
    return Voice(language, _CTX).text(message)


def _whole(text: str) -> int | None:
    try:
        return int(text.strip())
    except ValueError:  # not a number, or more digits than Python converts
        return None


def whole_number(minimum: int, maximum: int) -> Callable[[str], int]:
    """An argparse ``type``: a whole number from ``minimum`` to ``maximum``."""

    def parse(text: str) -> int:
        value = _whole(text)
        if value is None or not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(
                _text(
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "CommandLine",
                            "must be a whole number from {minimum} to {maximum}, not {value!r}",
                        ),
                        {"minimum": minimum, "maximum": maximum, "value": _shown(text)},
                    )
                )
            )
        return value

    return parse


def case_id(text: str) -> int:
    """An argparse ``type``: the id of a case, as the console and the audit show it."""
    value = _whole(text)
    if value is None or not 1 <= value <= LARGEST_ID:
        raise argparse.ArgumentTypeError(
            _text(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "CommandLine",
                        "a case id is a whole number from 1 to {maximum}, not {value!r}",
                    ),
                    {"maximum": LARGEST_ID, "value": _shown(text)},
                )
            )
        )
    return value


def port(text: str) -> int:
    """An argparse ``type``: a TCP port to listen on, 0 for any free one."""
    value = _whole(text)
    if value is None or not 0 <= value <= 65_535:
        raise argparse.ArgumentTypeError(
            _text(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "CommandLine",
                        "must be a port number from 1 to 65535, or 0 for any free port, "
                        "not {value!r}",
                    ),
                    {"value": _shown(text)},
                )
            )
        )
    return value


def _shown(text: str) -> str:
    """The text as typed, cut short: a number of ten thousand digits is no help."""
    return text if len(text) <= 24 else text[:20] + "..."


def choose_language(argv: Sequence[str], environ: Mapping[str, str]) -> None:
    """Say these messages in the language of ``--language`` or ``TISKI_UI_LANGUAGE``, else fi.

    The settings files are read only after parsing; a number wrong on the command
    line is reported before that.
    """
    global language
    found = environ.get("TISKI_UI_LANGUAGE", "").strip()
    for index, item in enumerate(argv):  # the last one wins, as in argparse
        if item == "--language" and index + 1 < len(argv):
            found = argv[index + 1]
        elif item.startswith("--language="):
            found = item.partition("=")[2]
    language = found if found in ("fi", "sv", "en") else "fi"
