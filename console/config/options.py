"""The catalogue of settings: each option's name, type, default, help and allowed values.

The checkers of the few values a type alone cannot judge (the video link, the
database URL) live with the options that use them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from console.core.hours import QuietHours
from console.core.text import QT_TRANSLATE_NOOP, Message
from console.store.urls import url_problem

SettingValue = str | int | bool | list[str]


@dataclass(frozen=True)
class Option:
    """One setting: its name, type, default and what values are allowed."""

    name: str
    kind: type
    default: SettingValue
    help: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    secret: bool = False
    check: Callable[[Any], Message | None] | None = None
    # Only IT's site file may set it: a user's file, the environment or the command
    # line giving it is an error, not a quiet override.
    site_only: bool = False

    @property
    def env_name(self) -> str:
        return "TISKI_" + self.name.replace(".", "_").upper()

    def allowed(self) -> Message:
        """What values this setting takes, for an error message."""
        if self.choices:
            return Message(
                "Settings",
                QT_TRANSLATE_NOOP("Settings", "one of {choices}"),
                {"choices": ", ".join(self.choices)},
            )
        if self.kind is bool:
            return Message("Settings", QT_TRANSLATE_NOOP("Settings", "true or false"))
        if self.kind is int:
            return Message(
                "Settings",
                QT_TRANSLATE_NOOP("Settings", "a whole number from {minimum} to {maximum}"),
                {"minimum": self.minimum, "maximum": self.maximum},
            )
        if self.kind is list:
            return Message("Settings", QT_TRANSLATE_NOOP("Settings", "a list of texts"))
        return Message("Settings", QT_TRANSLATE_NOOP("Settings", "a text"))


def _check_video_template(value: str) -> Message | None:
    if value and (not value.startswith("https://") or "{room}" not in value):
        return Message(
            "Settings",
            QT_TRANSLATE_NOOP(
                "Settings", "an https:// address containing {marker}, e.g. {example}"
            ),
            {"marker": "{room}", "example": "https://video.example/{room}"},
        )
    return None


def _check_database_url(value: str) -> Message | None:
    return url_problem(value) if value else None


def _check_reports_url(value: str) -> Message | None:
    # A read replica: reports never write, so any server of several will do.
    return url_problem(value, writes=False) if value else None


# The settings that hold a database URL: refused with a password in them, and masked
# wherever they are shown (a user name, a host and the query string are no secret).
DATABASE_URL_OPTIONS = frozenset({"database.url", "reports.database_url"})


def _check_voice_languages(value: list[str]) -> Message | None:
    if not value or any(language not in ("fi", "sv", "en") for language in value):
        return Message(
            "Settings",
            QT_TRANSLATE_NOOP("Settings", "a list of one or more of {choices}"),
            {"choices": "fi, sv, en"},
        )
    return None


def _check_quiet_hours(value: str) -> Message | None:
    try:
        QuietHours.parse(value)
    except ValueError:
        return Message(
            "Settings",
            QT_TRANSLATE_NOOP("Settings", "two times of day like {example}, or empty"),
            {"example": "20:00-07:00"},
        )
    return None


SCHEMA: tuple[Option, ...] = (
    Option(
        "database.url",
        str,
        "",
        "SQLAlchemy URL of the shared database; empty means the embedded SQLite file",
        check=_check_database_url,
    ),
    Option(
        "reports.database_url",
        str,
        "",
        "SQLAlchemy URL of a read replica of the shared database that the reports read "
        "from (the reports window, tiski report); empty: the shared database itself",
        check=_check_reports_url,
    ),
    Option(
        "database.connect_timeout",
        int,
        5,
        "seconds to wait for the database",
        minimum=1,
        maximum=120,
    ),
    Option(
        "database.statement_timeout",
        int,
        10,
        "seconds a PostgreSQL statement may run before it is cancelled",
        minimum=1,
        maximum=600,
    ),
    Option(
        "database.lock_timeout",
        int,
        5,
        "seconds a PostgreSQL statement may wait for a lock held by another",
        minimum=1,
        maximum=600,
    ),
    Option("ui.language", str, "fi", "language of the console", choices=("fi", "sv", "en")),
    Option(
        "ui.theme",
        str,
        "standard",
        "look of the staff windows: standard, or high-contrast (white and yellow on black); "
        "a person's choice in the console's View menu wins on that PC",
        choices=("standard", "high-contrast"),
    ),
    Option(
        "ui.font_scale",
        int,
        100,
        "size of text in the staff windows, in percent of the system's; a person's choice in "
        "the console's View menu wins on that PC",
        minimum=100,
        maximum=200,
    ),
    Option(
        "desk.site",
        str,
        "",
        "office (site code) this PC, kiosk or display belongs to, when the database holds "
        "several; empty: its only office, and staff choose among every office's counters",
    ),
    Option("desk.counter", str, "", "counter code this PC stands at; empty lets staff choose"),
    Option(
        "signin.lock_after_minutes",
        int,
        5,
        "minutes without keyboard or mouse input after which the console locks; 0 never locks",
        minimum=0,
        maximum=480,
    ),
    Option(
        "signin.allow_remember",
        bool,
        False,
        "offer to remember a person's password in the system keyring (personal PCs only; "
        "leave off on shared counter PCs)",
    ),
    Option(
        "logging.level",
        str,
        "INFO",
        "least severe level written to the log file",
        choices=("DEBUG", "INFO", "WARNING", "ERROR"),
    ),
    Option("logging.keep_files", int, 5, "rotated log files kept", minimum=1, maximum=100),
    Option(
        "support.contact",
        str,
        "",
        'whom staff call for IT help ("IT help desk, 02 621 1234"): shown in Help and '
        "in the console's error messages",
    ),
    Option(
        "queue.max_recalls",
        int,
        3,
        "recalls before a called ticket becomes a no-show",
        minimum=0,
        maximum=10,
    ),
    Option(
        "queue.stranded_after_minutes",
        int,
        10,
        "minutes after which a visitor called at a counter whose console stopped (a crash, "
        "a lost connection) goes back to the front of their queue",
        minimum=3,
        maximum=480,
    ),
    Option(
        "kiosk.print_to_pdf",
        str,
        "",
        "write kiosk tickets into this PDF file instead of printing (tests, demos)",
    ),
    Option("kiosk.printer", str, "", "printer for kiosk tickets; empty uses the default"),
    Option(
        "kiosk.speech",
        bool,
        True,
        "offer visitors Read aloud at the kiosk (needs a speech engine such as espeak-ng)",
    ),
    Option(
        "kiosk.screen",
        str,
        "",
        "screen the kiosk fills: its name (DP-1) or number from 1; empty uses the primary",
    ),
    Option("display.chime", bool, True, "play a chime when the lobby display shows a call"),
    Option(
        "display.voice",
        bool,
        True,
        'read each call out after the chime ("Vuoronumero K 12, tiski 3"), with the '
        "computer's own speech: SAPI voices on Windows, espeak-ng or speech-dispatcher on Linux",
    ),
    Option(
        "display.voice_languages",
        list,
        ["fi", "sv", "en"],
        "languages each call is read out in, in this order (fi, sv, en)",
        check=_check_voice_languages,
    ),
    Option(
        "display.voice_volume",
        int,
        80,
        "loudness of the read-out calls, in per cent of the voice's full volume",
        minimum=0,
        maximum=100,
    ),
    Option(
        "display.voice_repeat",
        int,
        1,
        "times each call is read out (a recall is read out again)",
        minimum=1,
        maximum=3,
    ),
    Option(
        "display.quiet_hours",
        str,
        "",
        'time of day the calls are not read out, only chimed ("20:00-07:00"); empty: never',
        check=_check_quiet_hours,
    ),
    Option(
        "display.screen",
        str,
        "",
        "screen the lobby display fills: its name (DP-1) or number from 1; empty uses the primary",
    ),
    Option(
        "display.called_rows",
        int,
        6,
        "called tickets shown on the lobby display",
        minimum=1,
        maximum=20,
    ),
    Option(
        "retention.notes_days",
        int,
        730,
        "days without activity after which tiski retention run deletes a case and its notes",
        minimum=1,
        maximum=36500,
    ),
    Option(
        "identity.key_file",
        str,
        "",
        "file holding the desk's identity key (64 hex digits, readable by its owner only); "
        "empty uses the keyring",
    ),
    Option(
        "video.url_template",
        str,
        "",
        "video meeting link for remote specialists, with {room} where the room goes, e.g. "
        "https://video.example/{room}; empty: no video links",
        check=_check_video_template,
    ),
    Option(
        "plugins.allow",
        list,
        [],
        "plugins IT allows, each 'id' (bundled, or the site plugin IT trusted), 'site:id' or "
        "'installed:distribution/id'; empty allows the bundled ones",
    ),
    Option("plugins.deny", list, [], "plugin ids IT switches off"),
    Option("plugins.folders", list, [], "extra folders searched for site plugins"),
    Option(
        "plugins.trusted_widgets",
        list,
        [],
        "ids of API 1 plugins IT trusts to run inside the console's own process with a "
        "widget of their own (the documented exception); every other plugin runs in a "
        "process of its own",
        site_only=True,
    ),
    Option(
        "plugins.ca_bundle",
        str,
        "",
        "a CA bundle (PEM file) the agency panels trust for their back offices, e.g. the "
        "state's internal CA; empty uses the system's",
    ),
    Option(
        "plugins.concurrency",
        int,
        3,
        "back-office calls one plugin may have running at a time; more wait their turn",
        minimum=1,
        maximum=16,
    ),
    Option(
        "plugins.max_answer_mb",
        int,
        5,
        "the largest back-office answer a plugin is given, in MB; a larger one is refused",
        minimum=1,
        maximum=7,
    ),
    Option(
        "plugins.max_items",
        int,
        500,
        "entries of a long list (applications, say) a plugin is given; the panel says how "
        "many there were",
        minimum=10,
        maximum=100_000,
    ),
)

OPTIONS: dict[str, Option] = {option.name: option for option in SCHEMA}
