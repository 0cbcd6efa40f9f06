"""Dialogs of a case: identify the visitor, consent, the audit trail, unsaved notes.

Each dialog takes plain data and hands back plain data; the console does the
desk calls (off the GUI thread) before and after. None of them logs what the
visitor's identity code or a note says.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.core.cases import AuditAction, AuditEntry, ConsentInfo
from console.core.files import FileProblem, write_private
from console.core.identity import (
    EARLIEST_BIRTH_DATE,
    NAME_MAX_LENGTH,
    VisitorIdentity,
    identity_problem,
    visitor_identity,
)
from console.core.queue import local_time, utc_now
from console.core.records import AgencyInfo
from console.core.text import TiskiError
from console.i18n import translate
from console.store.journal import Draft
from console.ui.shared.labels import ui_language
from console.ui.shared.table_model import Column, KeyedTableModel

# Dark enough on the dialog background to read as text, red enough to read as a problem.
WARNING_STYLE = "color: #a01b12; font-weight: 600;"
MUTED_STYLE = "color: #5b6675;"
HINT_STYLE = "color: #4a5566;"
# A code is 11 characters: from then on a problem is a mistake, not unfinished typing.
_CODE_LENGTH = 11
_DRAFT_PREVIEW_CHARS = 80
_CHECKBOX_INDENT = 24  # pixels from a check box's edge to its text, about


def show_message(label: QLabel, text: str, style: str = WARNING_STYLE) -> None:
    """Show ``text`` in ``label`` in ``style``; an empty text hides the label."""
    label.setText(text)
    label.setStyleSheet(style)
    label.setVisible(bool(text))


def message_label(object_name: str) -> QLabel:
    """A hidden, wrapping label for inline messages."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _stamp(moment: datetime) -> str:
    """A stored time as the desk reads it: ``14:05 03.02.`` (the year only when not this one)."""
    local = local_time(moment)
    text = local.strftime("%H:%M %d.%m.")
    return text + str(local.year) if local.year != local_time(utc_now()).year else text


# ---------------------------------------------------------------- identity
class IdentifyDialog(QDialog):
    """Who the visitor is: a Finnish identity code, or a name and birth date without one.

    OK is enabled only when the form gives a valid :class:`VisitorIdentity`;
    :meth:`identity` returns it after the dialog is accepted.
    """

    def __init__(self, parent: QWidget | None, *, today: date) -> None:
        super().__init__(parent)
        self.setObjectName("identifyDialog")
        self.setWindowTitle(self.tr("Identify the visitor"))
        self.setMinimumWidth(540)
        self._today = today
        self._identity: VisitorIdentity | None = None
        # Problems with the code show once it is long enough or the person moves on.
        self._code_checked = False

        intro = QLabel(
            self.tr(
                "Type the identity code from the visitor's ID card. Tiski then shows only its "
                "birth date part (e.g. 131052-****); showing the full code is recorded in the "
                "audit trail."
            )
        )
        intro.setWordWrap(True)

        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("identityCode")
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Normal)
        self.code_edit.setPlaceholderText(self.tr("e.g. 131052-308T"))
        self.code_edit.setMaxLength(20)
        self.code_edit.setClearButtonEnabled(True)
        self.code_problem = message_label("identityCodeProblem")
        code_box = QGroupBox(self.tr("Finnish identity code"))
        code_form = QFormLayout(code_box)
        code_form.addRow(self.tr("&Identity code:"), self.code_edit)
        code_form.addRow("", self.code_problem)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("identityName")
        self.name_edit.setMaxLength(NAME_MAX_LENGTH)
        self.birth_given = QCheckBox(self.tr("&Birth date:"))
        self.birth_given.setObjectName("identityBirthGiven")
        self.birth_given.setToolTip(self.tr("Tick when the birth date is known"))
        self.birth_edit = QDateEdit()
        self.birth_edit.setObjectName("identityBirthDate")
        self.birth_edit.setCalendarPopup(True)
        self.birth_edit.setDisplayFormat("dd.MM.yyyy")
        self.birth_edit.setDateRange(_qdate(EARLIEST_BIRTH_DATE), _qdate(today))
        self.birth_edit.setDate(_qdate(today))
        self.birth_edit.setEnabled(False)
        self.birth_edit.setMinimumWidth(130)
        self.birth_state = QLabel(self.tr("not given"))
        self.birth_state.setStyleSheet(MUTED_STYLE)
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth_edit)
        birth_row.addWidget(self.birth_state)
        birth_row.addStretch(1)
        other_hint = QLabel(
            self.tr(
                "Give both the name and the birth date. With an identity code the name is "
                "optional and the birth date comes from the code."
            )
        )
        other_hint.setWordWrap(True)
        other_hint.setStyleSheet(HINT_STYLE)
        other_box = QGroupBox(self.tr("Visitor without a Finnish identity code"))
        other_form = QFormLayout(other_box)
        other_form.addRow(self.tr("&Name:"), self.name_edit)
        other_form.addRow(self.birth_given, birth_row)
        other_form.addRow(other_hint)

        self.message = message_label("identifyMessage")
        self.buttons = _ok_cancel(self, self.tr("Identify"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(code_box)
        layout.addWidget(other_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.code_edit.textChanged.connect(self._code_changed)
        self.code_edit.editingFinished.connect(self._code_finished)
        self.name_edit.textChanged.connect(self._update)
        self.birth_given.toggled.connect(self._birth_toggled)
        self.birth_edit.dateChanged.connect(self._update)
        self._update()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def identity(self) -> VisitorIdentity:
        """The identity the accepted dialog gives."""
        if self._identity is None:
            raise RuntimeError("the identify dialog was not accepted")
        return self._identity

    def accept(self) -> None:
        try:
            self._identity = self._build()
        except TiskiError as error:
            show_message(self.message, translate(error.message))
            return
        super().accept()

    def _birth_date(self) -> date | None:
        return _date(self.birth_edit.date()) if self.birth_given.isChecked() else None

    def _build(self) -> VisitorIdentity:
        return visitor_identity(
            self.code_edit.text(), self.name_edit.text(), self._birth_date(), today=self._today
        )

    def _code_changed(self, text: str) -> None:
        if not text.strip():
            self._code_checked = False
        elif len(text.strip()) >= _CODE_LENGTH:
            self._code_checked = True
        self._update()

    def _code_finished(self) -> None:
        if self.code_edit.text().strip():
            self._code_checked = True
        self._update()

    def _birth_toggled(self, given: bool) -> None:
        self.birth_edit.setEnabled(given)
        self.birth_state.setVisible(not given)
        if given:
            self.birth_edit.setFocus()
            self.birth_edit.setSelectedSection(QDateEdit.Section.DaySection)
        self._update()

    def _update(self) -> None:
        code_text = self.code_edit.text()
        problem = identity_problem(code_text) if code_text.strip() else None
        show_message(
            self.code_problem,
            translate(problem) if problem is not None and self._code_checked else "",
        )
        try:
            self._build()
        except TiskiError as error:
            self.ok_button.setEnabled(False)
            if problem is not None:
                show_message(self.message, "")  # the code's own label says it
            elif not code_text.strip() and not (
                self.name_edit.text().strip() and self._birth_date()
            ):
                # Something is still missing: say what, without alarm.
                show_message(self.message, translate(error.message), HINT_STYLE)
            else:
                show_message(self.message, translate(error.message))
            return
        self.ok_button.setEnabled(True)
        show_message(self.message, "")


# ---------------------------------------------------------------- consent
class ConsentDialog(QDialog):
    """Which agencies the visitor allows to read and receive the case's shared notes."""

    def __init__(
        self,
        parent: QWidget | None,
        agencies: Sequence[AgencyInfo],
        consents: Sequence[ConsentInfo],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Visitor's consent"))
        self.setMinimumWidth(560)
        language = ui_language()
        current = {consent.agency_id: consent for consent in consents}

        intro = QLabel(
            self.tr(
                "With the visitor's consent an agency may read the desk's shared notes of this "
                "case and receive the notes shared with it. Notes kept in an agency's own "
                "partition are not affected. The visitor can withdraw consent at any time: "
                "untick the agency to record it."
            )
        )
        intro.setWordWrap(True)

        self.boxes: dict[int, QCheckBox] = {}
        self._initial: dict[int, bool] = {}
        agencies_box = QGroupBox(self.tr("Agencies"))
        rows = QVBoxLayout(agencies_box)
        rows.setSpacing(2)
        for agency in agencies:
            consent = current.get(agency.id)
            box = QCheckBox(
                self.tr("May share with %1").replace("%1", agency.short_names.get(language))
            )
            box.setObjectName(f"consent_{agency.code}")
            box.setToolTip(agency.names.get(language))
            box.setChecked(consent is not None and consent.granted)
            self.boxes[agency.id] = box
            self._initial[agency.id] = box.isChecked()
            rows.addWidget(box)
            status = QLabel(self._status(consent))
            status.setObjectName(f"consentStatus_{agency.code}")
            status.setStyleSheet(MUTED_STYLE)
            status.setWordWrap(True)
            small = status.font()
            small.setPointSizeF(small.pointSizeF() * 0.9)
            status.setFont(small)
            # Under the box's text, so a long agency name or person never clips it.
            status.setContentsMargins(_CHECKBOX_INDENT, 0, 0, 6)
            status.setVisible(consent is not None)
            rows.addWidget(status)

        self.buttons = _ok_cancel(self, self.tr("Save consent"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(agencies_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _status(self, consent: ConsentInfo | None) -> str:
        if consent is None:
            return ""
        text = (
            self.tr("recorded by %1 at %2")
            if consent.granted
            else self.tr("withdrawn, recorded by %1 at %2")
        )
        return text.replace("%1", consent.recorded_by).replace("%2", _stamp(consent.recorded_at))

    def changes(self) -> dict[int, bool]:
        """Agency id → consent given, for the agencies whose box changed."""
        return {
            agency_id: box.isChecked()
            for agency_id, box in self.boxes.items()
            if box.isChecked() != self._initial[agency_id]
        }


# ---------------------------------------------------------------- audit trail
def audit_action_label(action: str) -> str:
    """What an audit event records, in the reader's language."""
    labels = {
        AuditAction.CASE_OPENED: QCoreApplication.translate("AuditActions", "case opened"),
        AuditAction.VISITOR_IDENTIFIED: QCoreApplication.translate(
            "AuditActions", "visitor identified"
        ),
        AuditAction.IDENTITY_REVEALED: QCoreApplication.translate(
            "AuditActions", "identity code shown in full"
        ),
        AuditAction.NOTE_WRITTEN: QCoreApplication.translate("AuditActions", "note written"),
        AuditAction.NOTE_AMENDED: QCoreApplication.translate("AuditActions", "note amended"),
        AuditAction.CONSENT_RECORDED: QCoreApplication.translate(
            "AuditActions", "consent recorded"
        ),
        AuditAction.SEARCH_RUN: QCoreApplication.translate("AuditActions", "notes searched"),
        AuditAction.AUDIT_EXPORTED: QCoreApplication.translate(
            "AuditActions", "audit trail exported"
        ),
        AuditAction.CASE_DELETED: QCoreApplication.translate("AuditActions", "case deleted"),
        AuditAction.DATA_EXPORTED: QCoreApplication.translate(
            "AuditActions", "visitor's data exported"
        ),
        AuditAction.LEGAL_HOLD_SET: QCoreApplication.translate(
            "AuditActions", "legal hold changed"
        ),
    }
    return labels.get(action, action)


def _spreadsheet_safe(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class AuditTrailDialog(QDialog):
    """A case's audit trail, read-only, with an export to CSV.

    ``exported`` carries the path of a written export, so the console can
    record that the trail left the desk.
    """

    exported = Signal(str)

    def __init__(self, parent: QWidget | None, case_id: int, entries: Sequence[AuditEntry]) -> None:
        super().__init__(parent)
        self.setObjectName("auditTrailDialog")
        self.case_id = case_id
        self.setWindowTitle(self.tr("Audit trail of case %1").replace("%1", str(case_id)))
        self.setMinimumSize(820, 440)
        self._columns: list[Column[AuditEntry]] = [
            Column(
                lambda: self.tr("Time"),
                lambda e: local_time(e.at).strftime("%d.%m.%Y %H:%M:%S"),
            ),
            Column(lambda: self.tr("Who"), self._who),
            Column(lambda: self.tr("Counter"), lambda e: e.counter_code or ""),
            Column(
                lambda: self.tr("What"),
                lambda e: audit_action_label(e.action),
                tooltip=lambda e: e.action,
            ),
            Column(
                lambda: self.tr("Note"),
                lambda e: "" if e.note_id is None else str(e.note_id),
                alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            ),
            Column(
                lambda: self.tr("Detail"),
                lambda e: e.detail or "",
                tooltip=lambda e: e.detail or "",
            ),
        ]
        self.model: KeyedTableModel[AuditEntry] = KeyedTableModel(
            self._columns, key=lambda e: e.id, parent=self
        )
        self.model.apply(sorted(entries, key=lambda e: (e.at, e.id)))
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )

        count = QLabel(self.tr("%n event(s), oldest first", "", len(entries)))
        count.setObjectName("auditCount")
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("auditExport")
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export)
        self.message = message_label("auditMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(count)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _who(self, entry: AuditEntry) -> str:
        return entry.staff_name or self.tr("Tiski (no person)")

    def export(self) -> None:
        """Ask where to save the CSV and write it there."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"tiski-audit-case-{self.case_id}.csv")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), suggested, self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        try:
            self.write_csv(path)
        except FileProblem as problem:
            show_message(
                self.message,
                self.tr("Could not save %1: %2")
                .replace("%1", path)
                .replace("%2", translate(problem.reason)),
            )
            return
        show_message(self.message, self.tr("Saved to %1").replace("%1", path), HINT_STYLE)
        self.exported.emit(path)

    def write_csv(self, path: str | Path) -> None:
        """The trail as CSV (UTF-8 with a BOM, so spreadsheets read ä and ö right).

        Times are ISO 8601 in the desk's time zone; the action code column is
        the stable name, the one after it the translated one. The file is readable
        by its owner only and never written through a symbolic link; the save dialog
        has asked before replacing one (``console.core.files.write_private``).
        """
        header = [column.title() for column in self._columns]
        header.insert(3, self.tr("Action code"))
        file = io.StringIO(newline="")
        writer = csv.writer(file)
        writer.writerow(header)
        for entry in self.model.rows():
            cells = [column.display(entry) for column in self._columns]
            cells[0] = local_time(entry.at).isoformat(timespec="seconds")
            cells.insert(3, entry.action)
            writer.writerow([_spreadsheet_safe(cell) for cell in cells])
        write_private(Path(path), file.getvalue().encode("utf-8-sig"), replace=True)


# ---------------------------------------------------------------- unsaved notes
RestoreChoice = Literal["restore", "discard"]


class RestoreDraftsDialog(QDialog):
    """Notes typed before Tiski closed without saving: restore them, or discard them.

    Closing the dialog without choosing keeps the drafts (``"restore"``): notes
    are never discarded without the confirmation.
    """

    def __init__(
        self,
        parent: QWidget | None,
        drafts: Sequence[Draft],
        agency_names: Mapping[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDraftsDialog")
        self._agency_names = dict(agency_names or {})
        self.setWindowTitle(self.tr("Unsaved notes"))
        self.setMinimumSize(840, 340)
        self._choice: RestoreChoice = "restore"
        self._count = len(drafts)

        explanation = QLabel(
            self.tr(
                "Tiski closed before these notes were saved. Restore them to continue, or "
                "discard them."
            )
        )
        explanation.setObjectName("dialogHeading")
        explanation.setStyleSheet("font-size: 12pt;")
        explanation.setWordWrap(True)
        what_happens = QLabel(
            self.tr(
                "Restore all: the note of a visit still at your counter goes back into the "
                "editor; the notes of other visits are saved into their cases."
            )
        )
        what_happens.setObjectName("restoreExplanation")
        what_happens.setWordWrap(True)
        self._what_happens = what_happens
        self.model: KeyedTableModel[Draft] = KeyedTableModel(
            [
                Column(lambda: self.tr("Ticket"), lambda d: d.ticket_number or "–"),
                Column(
                    lambda: self.tr("Case"),
                    lambda d: "–" if d.case_id is None else str(d.case_id),
                    alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(
                    lambda: self.tr("Last edited"),
                    lambda d: local_time(d.updated_at).strftime("%d.%m.%Y %H:%M"),
                ),
                # Who will read it: a note restored keeps the visibility it was written with.
                Column(lambda: self.tr("Visible to"), self._visible_to),
                Column(
                    lambda: self.tr("Beginning of the note"),
                    _preview,
                    tooltip=lambda d: (
                        d.text[:1000] + ("\n\n" + d.refused if d.refused is not None else "")
                    ),
                ),
            ],
            key=lambda d: d.key,
            parent=self,
        )
        self.model.apply(list(drafts))
        self.table = QTableView()
        self.table.setObjectName("draftTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()

        self.restore_button = QPushButton(self.tr("&Restore all"))
        self.restore_button.setObjectName("restoreDrafts")
        self.restore_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.discard_button.setObjectName("discardDrafts")
        self.discard_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        # The destructive choice stands apart from the default one.
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self._what_happens)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.restore_button.setFocus()

    def result_choice(self) -> RestoreChoice:
        return self._choice

    def _visible_to(self, draft: Draft) -> str:
        if draft.partition_agency_id is None:
            return self.tr("Shared with the desk")
        name = self._agency_names.get(draft.partition_agency_id, str(draft.partition_agency_id))
        return self.tr("%1 only").replace("%1", name)

    def _restore(self) -> None:
        self._choice = "restore"
        self.accept()

    def _discard(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Discard unsaved notes?"),
            self.tr(
                "%n unsaved note(s) will be deleted for good. This cannot be undone.",
                "",
                self._count,
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        self._choice = "discard"
        self.accept()


def _preview(draft: Draft) -> str:
    """The note's first characters on one line."""
    text = " ".join(draft.text.split())
    if len(text) <= _DRAFT_PREVIEW_CHARS:
        return text
    return text[:_DRAFT_PREVIEW_CHARS].rstrip() + "…"


def _ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Dialogs", "Cancel")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
