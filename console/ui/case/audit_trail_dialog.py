"""A case's audit trail, read-only, with an export to CSV.

The dialog takes the trail's entries; the console reads them and records an export.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.core.cases import AuditAction, AuditEntry
from console.core.files import FileProblem, write_private
from console.core.queue import local_time
from console.i18n import translate
from console.ui.shared.dialog_parts import HINT_STYLE, message_label, show_message
from console.ui.shared.table_model import Column, KeyedTableModel


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
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move within
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.windowTitle())
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
