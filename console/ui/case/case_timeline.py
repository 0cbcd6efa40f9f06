"""The case timeline: visits, notes, consents and notes still waiting to be sent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout, QWidget

from console.core.cases import CaseView, NoteInfo
from console.core.queue import StepState, local_time
from console.core.records import AgencyInfo, ServiceInfo
from console.ui.shared.colours import MUTED
from console.ui.shared.labels import state_label, ui_language


@dataclass(frozen=True)
class Entry:
    key: tuple[str, object]
    at: datetime
    title: str
    text: str
    muted: bool = False  # amended notes, withdrawn consent
    pending: bool = False  # in this PC's outbox, not in the database yet
    note: NoteInfo | None = None


def _when(moment: datetime) -> str:
    return local_time(moment).strftime("%d.%m.%Y %H:%M")


def timeline_entries(
    view: CaseView | None,
    pending: Sequence[tuple[str, datetime, str]],
    agencies: dict[int, AgencyInfo],
    services: dict[int, ServiceInfo],
) -> list[Entry]:
    """Everything of a case in time order; ``pending`` is (client id, time, text)."""
    language = ui_language()
    entries: list[Entry] = []
    if view is not None:
        for visit in view.visits:
            names = []
            for service_id, state, _finished in visit.services:
                service = services.get(service_id)
                name = service.names.get(language) if service else str(service_id)
                try:
                    names.append(f"{name} ({state_label(StepState(state))})")
                except ValueError:
                    names.append(name)
            entries.append(
                Entry(
                    ("visit", visit.visit_id),
                    visit.created_at,
                    QCoreApplication.translate("CaseTimeline", "%1 · Visit with ticket %2")
                    .replace("%1", _when(visit.created_at))
                    .replace("%2", visit.ticket_number),
                    ", ".join(names),
                )
            )
        by_id = {note.id: note for note in view.notes}
        for note in view.notes:
            partition = (
                agencies[note.partition_agency_id].short_names.get(language)
                if note.partition_agency_id in agencies
                else QCoreApplication.translate("CaseTimeline", "shared with the desk")
            )
            heading = (
                QCoreApplication.translate("CaseTimeline", "%1 · %2 · %3")
                .replace("%1", _when(note.written_at))
                .replace("%2", note.author_name)
                .replace("%3", partition)
            )
            if note.counter_code:
                heading += f" · {note.counter_code}"
            if note.amends_id is not None:
                earlier = by_id.get(note.amends_id)
                corrected = _when(earlier.written_at) if earlier else "?"
                heading += " · " + QCoreApplication.translate(
                    "CaseTimeline", "corrects the note of %1"
                ).replace("%1", corrected)
            if note.amended:
                heading += " · " + QCoreApplication.translate(
                    "CaseTimeline", "corrected by a later note"
                )
            entries.append(
                Entry(
                    ("note", note.id),
                    note.written_at,
                    heading,
                    note.text,
                    note.amended,
                    False,
                    note,
                )
            )
        for consent in view.consents:
            agency = agencies.get(consent.agency_id)
            name = agency.names.get(language) if agency else str(consent.agency_id)
            text = (
                QCoreApplication.translate(
                    "CaseTimeline", "The visitor agreed to share this case with %1."
                )
                if consent.granted
                else QCoreApplication.translate(
                    "CaseTimeline", "The visitor does not share this case with %1."
                )
            ).replace("%1", name)
            entries.append(
                Entry(
                    ("consent", consent.agency_id),
                    consent.recorded_at,
                    QCoreApplication.translate("CaseTimeline", "%1 · %2 · consent")
                    .replace("%1", _when(consent.recorded_at))
                    .replace("%2", consent.recorded_by),
                    text,
                    not consent.granted,
                )
            )
    for client_id, at, text in pending:
        entries.append(
            Entry(
                ("pending", client_id),
                at,
                QCoreApplication.translate(
                    "CaseTimeline", "%1 · waiting to be sent: the database cannot be reached"
                ).replace("%1", _when(at)),
                text,
                False,
                True,
            )
        )
    entries.sort(key=lambda entry: (entry.at, entry.key[0] != "visit"))
    return entries


class TimelineModel(QStandardItemModel):
    """One row per timeline entry; new notes of the same case are inserted, not reset.

    Qt keeps the rows' text (a ``QStandardItemModel``): the word-wrapped list measures
    and paints every row without calling into Python, which would wait for the
    interpreter lock while a database thread runs (table_model.py says more).
    """

    NoteRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._case_id: int | None = None

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def show(self, case_id: int | None, entries: list[Entry]) -> None:
        old_keys = [entry.key for entry in self._entries]
        new_keys = [entry.key for entry in entries]
        if case_id == self._case_id and new_keys[: len(old_keys)] == old_keys:
            # The same case grew: update what changed (a note became amended), add the rest.
            before, self._entries = self._entries, list(entries)
            for number, (old, new) in enumerate(zip(before, entries, strict=False)):
                if old != new:
                    self.setItem(number, 0, self._item(new))
            for entry in entries[len(old_keys) :]:
                self.appendRow(self._item(entry))
            return
        # Another case (or entries moved in time): a different list altogether.
        self._case_id = case_id
        self._entries = list(entries)
        self.clear()
        for entry in entries:
            self.appendRow(self._item(entry))

    def _item(self, entry: Entry) -> QStandardItem:
        item = QStandardItem(f"{entry.title}\n{entry.text}")
        item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        item.setToolTip(entry.title)
        if entry.muted or entry.pending:
            item.setForeground(MUTED)
        if entry.pending:
            font = QFont()
            font.setItalic(True)
            item.setFont(font)
        item.setData(entry.note, self.NoteRole)
        return item


class CaseViewerDialog(QDialog):
    """A case opened from a search: its timeline, read-only."""

    def __init__(
        self,
        parent: QWidget | None,
        view: CaseView,
        agencies: dict[int, AgencyInfo],
        services: dict[int, ServiceInfo],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseViewer")
        self.setWindowTitle(self.tr("Case %1").replace("%1", str(view.id)))
        self.resize(640, 520)
        heading = QLabel(
            self.tr("Case %1").replace("%1", str(view.id))
            + (f" – {view.title}" if view.title else "")
            + (
                f" · {view.customer.masked_code or view.customer.name or ''}"
                if view.customer
                else ""
            )
        )
        heading.setObjectName("caseViewerHeading")
        self.model = TimelineModel(self)
        self.model.show(view.id, timeline_entries(view, (), agencies, services))
        timeline = QListView()
        timeline.setAccessibleName(QCoreApplication.translate("CasePanel", "Case timeline"))
        timeline.setModel(self.model)
        timeline.setWordWrap(True)
        timeline.setAlternatingRowColors(True)
        timeline.setResizeMode(QListView.ResizeMode.Adjust)
        timeline.setSpacing(2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(timeline, 1)
        if view.hidden_notes:
            hidden = QLabel(
                self.tr("%n note(s) kept for other agencies are not shown.", "", view.hidden_notes)
            )
            hidden.setWordWrap(True)
            layout.addWidget(hidden)
        layout.addWidget(buttons)
