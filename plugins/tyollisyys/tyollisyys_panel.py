"""Porin seudun työllisyysalue: the visitor's job-seeker status, next appointment and counsellor.

The back office finds a person by identity code (``GET /jobseeker?hetu=``) and answers
``{"jobseeker": null}`` for someone who is not a client: that is "nothing here", not an
error. An appointment within a week is emphasised, so the advisor can mention it.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from console.plugin_api import Answer, PanelContext, PluginError, RecordPanel, Row, Section, Visitor

HELSINKI = ZoneInfo("Europe/Helsinki")
SOON_DAYS = 7
# Job Market Finland, in the console's language (Finnish at the root).
MARKET_LINKS = {
    "fi": "https://tyomarkkinatori.fi/",
    "sv": "https://tyomarkkinatori.fi/sv/",
    "en": "https://tyomarkkinatori.fi/en/",
}


class TyollisyysPlugin:
    """The plugin entry (``plugin.toml``: ``tyollisyys_panel:TyollisyysPlugin``)."""

    def create_panel(self, context: PanelContext) -> QWidget:
        return TyollisyysPanel(context)


@dataclass(frozen=True)
class _Shown:
    """What the panel shows now, as sections and as the note it may propose."""

    sections: list[Section]
    note: str


class TyollisyysPanel(RecordPanel):
    """The job-seeker record of the visitor, with a deep link and a note to propose."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            QCoreApplication.translate("TyollisyysPanel", "Pori region employment services"),
            parent,
        )
        self._note = ""
        self.note_button = QPushButton(
            QCoreApplication.translate("TyollisyysPanel", "Propose a note")
        )
        self.note_button.setObjectName("proposeNote")
        self.note_button.setToolTip(
            QCoreApplication.translate(
                "TyollisyysPanel", "Offer the job-seeker status as a note in the case"
            )
        )
        self.note_button.clicked.connect(self._propose_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_button)
        buttons.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # RecordPanel's own, records above the button
        layout.addLayout(buttons)
        self._set_note("")

        context.visitor_changed.connect(self._follow)
        self.retry_requested.connect(lambda: self._follow(self.context.visitor()))
        self._follow(context.visitor())

    # ------------------------------------------------------------ the visitor
    def _follow(self, visitor: Visitor | None) -> None:
        self._set_note("")
        if visitor is None:
            self.show_placeholder(
                QCoreApplication.translate("TyollisyysPanel", "No visitor at the counter.")
            )
            return
        code = visitor.identity_code
        if not code:
            self.show_placeholder(
                QCoreApplication.translate(
                    "TyollisyysPanel",
                    "No identity code for this visitor: the employment services find a job "
                    "seeker by identity code.",
                )
            )
            return
        self.show_loading()
        self.context.fetch_json(f"jobseeker/{code}", "/jobseeker", {"hetu": code}, self._show)

    def _show(self, answer: Answer) -> None:
        if answer.data is None:
            self.show_error(answer.error or _unreadable("no answer"))
            return
        try:
            shown = self._read(answer.data)
        except PluginError as error:
            self.show_error(error)
            return
        self.show_answer(answer, shown.sections)
        self._set_note(shown.note)

    # ------------------------------------------------------------ the record
    def _read(self, data: Any) -> _Shown:
        if not isinstance(data, dict) or "jobseeker" not in data:
            raise _unreadable(f"expected an object with 'jobseeker', got {type(data).__name__}")
        record = data["jobseeker"]
        if record is None:
            return self._not_a_client()
        if not isinstance(record, dict):
            raise _unreadable(f"'jobseeker' is {type(record).__name__}")

        status = _text(record.get("status"))
        registered = _date(record.get("registered"))
        job_search = [
            Row(QCoreApplication.translate("TyollisyysPanel", "Status"), status),
            Row(QCoreApplication.translate("TyollisyysPanel", "Registered since"), registered),
        ]
        obligation = _text(record.get("job_search_obligation"))
        if obligation:
            job_search.append(
                Row(
                    QCoreApplication.translate("TyollisyysPanel", "Job search obligation"),
                    obligation,
                )
            )
        job_search.append(self._market_link())

        appointment, appointment_note = self._appointment(record.get("next_appointment"))
        counsellor = _text(record.get("counsellor")) or QCoreApplication.translate(
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
                _fill(
                    QCoreApplication.translate(
                        "TyollisyysPanel", "Employment services: job-seeker status %1"
                    ),
                    status or "–",
                ),
                _fill(
                    QCoreApplication.translate("TyollisyysPanel", "Registered since %1"),
                    registered or "–",
                ),
                appointment_note,
                _fill(QCoreApplication.translate("TyollisyysPanel", "Counsellor: %1"), counsellor),
            ]
        )
        return _Shown(sections, note)

    def _appointment(self, value: Any) -> tuple[list[Row], str]:
        if not isinstance(value, dict):
            none = QCoreApplication.translate("TyollisyysPanel", "None booked")
            rows = [Row(QCoreApplication.translate("TyollisyysPanel", "Appointment"), none)]
            note = _fill(
                QCoreApplication.translate("TyollisyysPanel", "Next appointment: %1"), none
            )
            return rows, note
        when, soon = _moment(value.get("at"))
        kind = _text(value.get("kind"))
        place = _text(value.get("place"))
        rows = [
            Row(QCoreApplication.translate("TyollisyysPanel", "When"), when, emphasis=soon),
            Row(QCoreApplication.translate("TyollisyysPanel", "Type"), kind),
            Row(QCoreApplication.translate("TyollisyysPanel", "Place"), place),
        ]
        details = ", ".join(part for part in (when, kind, place) if part)
        note = _fill(
            QCoreApplication.translate("TyollisyysPanel", "Next appointment: %1"), details or "–"
        )
        return rows, note

    def _not_a_client(self) -> _Shown:
        nothing = QCoreApplication.translate(
            "TyollisyysPanel", "Not registered as a job seeker with the employment services."
        )
        rows = [Row(QCoreApplication.translate("TyollisyysPanel", "Status"), nothing)]
        rows.append(self._market_link())
        note = _fill(
            QCoreApplication.translate("TyollisyysPanel", "Employment services: %1"), nothing
        )
        return _Shown(
            [Section(QCoreApplication.translate("TyollisyysPanel", "Job search"), rows)], note
        )

    def _market_link(self) -> Row:
        return Row(
            QCoreApplication.translate("TyollisyysPanel", "Job Market Finland"),
            QCoreApplication.translate("TyollisyysPanel", "Open in Työmarkkinatori"),
            link=MARKET_LINKS.get(self.context.language, MARKET_LINKS["fi"]),
        )

    # ------------------------------------------------------------ the note
    def _set_note(self, note: str) -> None:
        self._note = note
        self.note_button.setEnabled(bool(note))

    def _propose_note(self) -> None:
        if self._note:
            self.context.propose_note(self._note)


# ---------------------------------------------------------------- reading values
def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _date(value: Any) -> str:
    """An ISO date as dd.mm.yyyy; anything else as it came."""
    text = _text(value)
    try:
        return datetime.date.fromisoformat(text).strftime("%d.%m.%Y")
    except ValueError:
        return text


def _moment(value: Any) -> tuple[str, bool]:
    """An ISO date-time as dd.mm.yyyy HH:MM in Helsinki, and whether it is within a week."""
    text = _text(value)
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        return text, False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=HELSINKI)
    local = moment.astimezone(HELSINKI)
    days = (local.date() - datetime.datetime.now(HELSINKI).date()).days
    return local.strftime("%d.%m.%Y %H:%M"), 0 <= days <= SOON_DAYS


def _fill(text: str, *values: str) -> str:
    """``text`` with %1, %2, ... replaced in one pass (a value may itself hold "%2")."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)


def _unreadable(details: str) -> PluginError:
    return PluginError(
        QCoreApplication.translate(
            "TyollisyysPanel", "The employment services sent an answer the panel cannot read."
        ),
        details,
    )
