"""Notes typed before Tiski closed without saving: restore them, or discard them.

The dialog takes the drafts and hands back the choice; the console does the rest.
It never logs what a note says.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.core.queue import local_time
from console.store.journal import Draft
from console.ui.shared.table_model import Column, KeyedTableModel

_DRAFT_PREVIEW_CHARS = 80


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
        explanation.setProperty("textSize", "large")  # grows with the text size (theme.py)
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
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move within
        self.table.setObjectName("draftTable")
        self.table.setAccessibleName(self.windowTitle())
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
