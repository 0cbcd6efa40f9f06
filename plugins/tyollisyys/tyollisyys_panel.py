"""Porin seudun työllisyysalue: the visitor's job-seeker status, next appointment and counsellor.

The back office finds a person by identity code (``GET /jobseeker?hetu=``) and answers
``{"jobseeker": null}`` for someone who is not a client: that is "nothing here", not an
error. An appointment within a week is emphasised, so the advisor can mention it.

Plugin API 2: the plugin describes the panel (a :class:`View` with the record, the
Työmarkkinatori link and a note the advisor may take into the case) and the console
draws it. The strings keep the translation context of the API 1 panel
("TyollisyysPanel"), so their translations carry over.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from console.plugin_api import (
    PluginError,
    Visitor,
    VisitorKeys,
    date_of,
    fill,
    problem_for,
    text_of,
)
from console.plugin_api.describe import Context
from console.plugin_api.view import Row, Section, View

HELSINKI = ZoneInfo("Europe/Helsinki")
SOON_DAYS = 7
# Job Market Finland, in the console's language (Finnish at the root).
MARKET_LINKS = {
    "fi": "https://tyomarkkinatori.fi/",
    "sv": "https://tyomarkkinatori.fi/sv/",
    "en": "https://tyomarkkinatori.fi/en/",
}


class TyollisyysPlugin:
    """The plugin entry (``plugin.toml``: ``tyollisyys_panel:TyollisyysPlugin``).

    The job-seeker record of the visitor, with a deep link and a note to propose.
    """

    def __init__(self) -> None:
        self._keys = VisitorKeys()

    def describe(self, context: Context, visitor: Visitor | None) -> View:
        title = QCoreApplication.translate("TyollisyysPanel", "Pori region employment services")
        if visitor is None:
            return View(
                title=title,
                placeholder=QCoreApplication.translate(
                    "TyollisyysPanel", "No visitor at the counter."
                ),
            )
        code = visitor.identity_code
        if not code:
            return View(
                title=title,
                placeholder=QCoreApplication.translate(
                    "TyollisyysPanel",
                    "No identity code for this visitor: the employment services find a job "
                    "seeker by identity code.",
                ),
            )
        # The key travels to the console and may reach its debug log: a salted digest,
        # never the code nor a plain digest of it (guessed back in seconds).
        key = "jobseeker/" + self._keys.key(code)
        answer = context.fetch_json(key, "/jobseeker", {"hetu": code})
        if answer.data is None:
            return View(title=title, problem=problem_for(answer.error or _unreadable("no answer")))
        try:
            shown = _read(answer.data, context.language)
        except PluginError as error:
            return View(title=title, problem=problem_for(error))
        if not answer.stale:
            return View(title=title, blocks=shown.sections, note=shown.note)
        # An earlier answer while the back office is down: shown as of then, and why.
        return View(
            title=title,
            blocks=shown.sections,
            note=shown.note,
            stale_as_of=answer.fetched_at,
            problem=None if answer.error is None else problem_for(answer.error),
        )


@dataclass(frozen=True)
class _Shown:
    """What the panel shows, as sections and as the note it may propose."""

    sections: list[Section]
    note: str


# ---------------------------------------------------------------- the record
def _read(data: Any, language: str) -> _Shown:
    if not isinstance(data, dict) or "jobseeker" not in data:
        raise _unreadable(f"expected an object with 'jobseeker', got {type(data).__name__}")
    record = data["jobseeker"]
    if record is None:
        return _not_a_client(language)
    if not isinstance(record, dict):
        raise _unreadable(f"'jobseeker' is {type(record).__name__}")

    status = text_of(record.get("status"))
    registered = date_of(record.get("registered"))
    job_search = [
        Row(QCoreApplication.translate("TyollisyysPanel", "Status"), status),
        Row(QCoreApplication.translate("TyollisyysPanel", "Registered since"), registered),
    ]
    obligation = text_of(record.get("job_search_obligation"))
    if obligation:
        job_search.append(
            Row(
                QCoreApplication.translate("TyollisyysPanel", "Job search obligation"),
                obligation,
            )
        )
    job_search.append(_market_link(language))

    appointment, appointment_note = _appointment(record.get("next_appointment"))
    counsellor = text_of(record.get("counsellor")) or QCoreApplication.translate(
        "TyollisyysPanel", "Not assigned yet"
    )
    sections = [
        Section(QCoreApplication.translate("TyollisyysPanel", "Job search"), job_search),
        Section(QCoreApplication.translate("TyollisyysPanel", "Next appointment"), appointment),
        Section(
            QCoreApplication.translate("TyollisyysPanel", "Counsellor"),
            [Row(QCoreApplication.translate("TyollisyysPanel", "Counsellor"), counsellor)],
        ),
    ]
    note = "\n".join(
        [
            fill(
                QCoreApplication.translate(
                    "TyollisyysPanel", "Employment services: job-seeker status %1"
                ),
                status or "–",
            ),
            fill(
                QCoreApplication.translate("TyollisyysPanel", "Registered since %1"),
                registered or "–",
            ),
            appointment_note,
            fill(QCoreApplication.translate("TyollisyysPanel", "Counsellor: %1"), counsellor),
        ]
    )
    return _Shown(sections, note)


def _appointment(value: Any) -> tuple[list[Row], str]:
    if not isinstance(value, dict):
        none = QCoreApplication.translate("TyollisyysPanel", "None booked")
        rows = [Row(QCoreApplication.translate("TyollisyysPanel", "Appointment"), none)]
        note = fill(QCoreApplication.translate("TyollisyysPanel", "Next appointment: %1"), none)
        return rows, note
    when, soon = _moment(value.get("at"))
    kind = text_of(value.get("kind"))
    place = text_of(value.get("place"))
    rows = [
        Row(QCoreApplication.translate("TyollisyysPanel", "When"), when, emphasis=soon),
        Row(QCoreApplication.translate("TyollisyysPanel", "Type"), kind),
        Row(QCoreApplication.translate("TyollisyysPanel", "Place"), place),
    ]
    details = ", ".join(part for part in (when, kind, place) if part)
    note = fill(
        QCoreApplication.translate("TyollisyysPanel", "Next appointment: %1"), details or "–"
    )
    return rows, note


def _not_a_client(language: str) -> _Shown:
    nothing = QCoreApplication.translate(
        "TyollisyysPanel", "Not registered as a job seeker with the employment services."
    )
    rows = [Row(QCoreApplication.translate("TyollisyysPanel", "Status"), nothing)]
    rows.append(_market_link(language))
    note = fill(QCoreApplication.translate("TyollisyysPanel", "Employment services: %1"), nothing)
    return _Shown(
        [Section(QCoreApplication.translate("TyollisyysPanel", "Job search"), rows)], note
    )


def _market_link(language: str) -> Row:
    return Row(
        QCoreApplication.translate("TyollisyysPanel", "Job Market Finland"),
        QCoreApplication.translate("TyollisyysPanel", "Open in Työmarkkinatori"),
        link=MARKET_LINKS.get(language, MARKET_LINKS["fi"]),
    )


# ---------------------------------------------------------------- reading values
def _moment(value: Any) -> tuple[str, bool]:
    """An ISO date-time as dd.mm.yyyy HH:MM in Helsinki, and whether it is within a week."""
    text = text_of(value)
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        return text, False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=HELSINKI)
    local = moment.astimezone(HELSINKI)
    days = (local.date() - datetime.datetime.now(HELSINKI).date()).days
    return local.strftime("%d.%m.%Y %H:%M"), 0 <= days <= SOON_DAYS


def _unreadable(details: str) -> PluginError:
    return PluginError(
        QCoreApplication.translate(
            "TyollisyysPanel", "The employment services sent an answer the panel cannot read."
        ),
        details,
    )
